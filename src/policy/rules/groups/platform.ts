/** Platform and edge rules: EKS, ECS, load balancers, CloudFront, CloudWatch, tags. Sorted by id. */
import type { Rule } from '../../rule';
import awsEksControlPlaneLoggingIncomplete from '../aws/eks-control-plane-logging-incomplete';
import awsEksNodeGroupOnDemandOnly from '../aws/eks-node-group-on-demand-only';
import awsEksNodeGroupSshOpen from '../aws/eks-node-group-ssh-open';
import awsEksPublicEndpointOpen from '../aws/eks-public-endpoint-open';
import awsEksSecretsUnencrypted from '../aws/eks-secrets-unencrypted';
import awsEksVersionExtendedSupport from '../aws/eks-version-extended-support';

export const PLATFORM_RULES: readonly Rule[] = [
  awsEksControlPlaneLoggingIncomplete,
  awsEksNodeGroupOnDemandOnly,
  awsEksNodeGroupSshOpen,
  awsEksPublicEndpointOpen,
  awsEksSecretsUnencrypted,
  awsEksVersionExtendedSupport,
];
