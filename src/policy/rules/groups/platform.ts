/** Platform and edge rules: EKS, ECS, load balancers, CloudFront, CloudWatch, tags. Sorted by id. */
import type { Rule } from '../../rule';

export const PLATFORM_RULES: readonly Rule[] = [];
