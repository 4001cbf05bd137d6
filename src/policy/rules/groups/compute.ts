/** Compute and network rules: EC2, launch templates, Auto Scaling, security groups, VPC, NAT, EIP. Sorted by id. */
import type { Rule } from '../../rule';
import awsDefaultSecurityGroupAllowsTraffic from '../aws/default-security-group-allows-traffic';
import awsEc2BlockDeviceUnencrypted from '../aws/ec2-block-device-unencrypted';
import awsEc2DefaultVpcLaunch from '../aws/ec2-default-vpc-launch';
import awsEc2DetailedMonitoringDisabled from '../aws/ec2-detailed-monitoring-disabled';
import awsEc2ImdsHopLimitAboveOne from '../aws/ec2-imds-hop-limit-above-one';
import awsEc2Imdsv1Enabled from '../aws/ec2-imdsv1-enabled';
import awsEc2InstanceProfileMissing from '../aws/ec2-instance-profile-missing';
import awsEc2PublicIpAssociated from '../aws/ec2-public-ip-associated';
import awsEc2UserDataSecret from '../aws/ec2-user-data-secret';
import awsSecurityGroupInlineRulesMixed from '../aws/security-group-inline-rules-mixed';
import awsSecurityGroupMissingDescription from '../aws/security-group-missing-description';
import awsSecurityGroupOpenIngress from '../aws/security-group-open-ingress';
import awsSecurityGroupPublicIngressNonWebPort from '../aws/security-group-public-ingress-non-web-port';
import awsSecurityGroupRuleMissingDescription from '../aws/security-group-rule-missing-description';
import awsSecurityGroupUnrestrictedEgress from '../aws/security-group-unrestricted-egress';

export const COMPUTE_RULES: readonly Rule[] = [
  awsDefaultSecurityGroupAllowsTraffic,
  awsEc2BlockDeviceUnencrypted,
  awsEc2DefaultVpcLaunch,
  awsEc2DetailedMonitoringDisabled,
  awsEc2ImdsHopLimitAboveOne,
  awsEc2Imdsv1Enabled,
  awsEc2InstanceProfileMissing,
  awsEc2PublicIpAssociated,
  awsEc2UserDataSecret,
  awsSecurityGroupInlineRulesMixed,
  awsSecurityGroupMissingDescription,
  awsSecurityGroupOpenIngress,
  awsSecurityGroupPublicIngressNonWebPort,
  awsSecurityGroupRuleMissingDescription,
  awsSecurityGroupUnrestrictedEgress,
];
