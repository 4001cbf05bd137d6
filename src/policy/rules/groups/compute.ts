/** Compute and network rules: EC2, launch templates, Auto Scaling, security groups, VPC, NAT, EIP. Sorted by id. */
import type { Rule } from '../../rule';
import awsDefaultSecurityGroupAllowsTraffic from '../aws/default-security-group-allows-traffic';
import awsEc2Imdsv1Enabled from '../aws/ec2-imdsv1-enabled';
import awsSecurityGroupInlineRulesMixed from '../aws/security-group-inline-rules-mixed';
import awsSecurityGroupMissingDescription from '../aws/security-group-missing-description';
import awsSecurityGroupOpenIngress from '../aws/security-group-open-ingress';
import awsSecurityGroupPublicIngressNonWebPort from '../aws/security-group-public-ingress-non-web-port';
import awsSecurityGroupRuleMissingDescription from '../aws/security-group-rule-missing-description';
import awsSecurityGroupUnrestrictedEgress from '../aws/security-group-unrestricted-egress';

export const COMPUTE_RULES: readonly Rule[] = [
  awsDefaultSecurityGroupAllowsTraffic,
  awsEc2Imdsv1Enabled,
  awsSecurityGroupInlineRulesMixed,
  awsSecurityGroupMissingDescription,
  awsSecurityGroupOpenIngress,
  awsSecurityGroupPublicIngressNonWebPort,
  awsSecurityGroupRuleMissingDescription,
  awsSecurityGroupUnrestrictedEgress,
];
