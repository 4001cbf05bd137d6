/** Identity, serverless and messaging rules: IAM, Lambda, API Gateway, SQS, SNS, Secrets Manager, ECR. Sorted by id. */
import type { Rule } from '../../rule';
import awsIamPassroleAnyResource from '../aws/iam-passrole-any-resource';
import awsIamPolicyAllowNotAction from '../aws/iam-policy-allow-not-action';
import awsIamPolicyFullAdmin from '../aws/iam-policy-full-admin';
import awsIamPolicyWildcardAction from '../aws/iam-policy-wildcard-action';

export const IDENTITY_RULES: readonly Rule[] = [
  awsIamPassroleAnyResource,
  awsIamPolicyAllowNotAction,
  awsIamPolicyFullAdmin,
  awsIamPolicyWildcardAction,
];
