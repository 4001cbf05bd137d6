/** Compute and network rules: EC2, launch templates, Auto Scaling, security groups, VPC, NAT, EIP. Sorted by id. */
import type { Rule } from '../../rule';
import awsEc2Imdsv1Enabled from '../aws/ec2-imdsv1-enabled';
import awsSecurityGroupOpenIngress from '../aws/security-group-open-ingress';

export const COMPUTE_RULES: readonly Rule[] = [
  awsEc2Imdsv1Enabled,
  awsSecurityGroupOpenIngress,
];
