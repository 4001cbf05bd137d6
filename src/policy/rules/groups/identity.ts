/** Identity, serverless and messaging rules: IAM, Lambda, API Gateway, SQS, SNS, Secrets Manager, ECR. Sorted by id. */
import type { Rule } from '../../rule';

export const IDENTITY_RULES: readonly Rule[] = [];
