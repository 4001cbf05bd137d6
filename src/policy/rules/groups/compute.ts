/** Compute and network rules: EC2, launch templates, Auto Scaling, security groups, VPC, NAT, EIP. Sorted by id. */
import type { Rule } from '../../rule';
import awsAmiDataSourceWithoutOwners from '../aws/ami-data-source-without-owners';
import awsAutoscalingDesiredCapacityWithScalingPolicy from '../aws/autoscaling-desired-capacity-with-scaling-policy';
import awsAutoscalingEc2HealthCheckBehindLoadBalancer from '../aws/autoscaling-ec2-health-check-behind-load-balancer';
import awsAutoscalingOnDemandOnly from '../aws/autoscaling-on-demand-only';
import awsAutoscalingSingleAz from '../aws/autoscaling-single-az';
import awsAutoscalingSpotSingleInstanceType from '../aws/autoscaling-spot-single-instance-type';
import awsAutoscalingSpotWithoutCapacityRebalance from '../aws/autoscaling-spot-without-capacity-rebalance';
import awsDefaultSecurityGroupAllowsTraffic from '../aws/default-security-group-allows-traffic';
import awsEbsIo1Volume from '../aws/ebs-io1-volume';
import awsEc2BlockDeviceGp2 from '../aws/ec2-block-device-gp2';
import awsEc2BlockDeviceUnencrypted from '../aws/ec2-block-device-unencrypted';
import awsEc2DefaultVpcLaunch from '../aws/ec2-default-vpc-launch';
import awsEc2DetailedMonitoringDisabled from '../aws/ec2-detailed-monitoring-disabled';
import awsEc2GravitonAlternative from '../aws/ec2-graviton-alternative';
import awsEc2ImdsHopLimitAboveOne from '../aws/ec2-imds-hop-limit-above-one';
import awsEc2Imdsv1Enabled from '../aws/ec2-imdsv1-enabled';
import awsEc2InstanceProfileMissing from '../aws/ec2-instance-profile-missing';
import awsEc2PreviousGenerationInstanceType from '../aws/ec2-previous-generation-instance-type';
import awsEc2PublicIpAssociated from '../aws/ec2-public-ip-associated';
import awsEc2SecurityGroupsByName from '../aws/ec2-security-groups-by-name';
import awsEc2UserDataSecret from '../aws/ec2-user-data-secret';
import awsEc2VolumeKeptAfterTermination from '../aws/ec2-volume-kept-after-termination';
import awsEipUnattached from '../aws/eip-unattached';
import awsEipVpcArgumentDeprecated from '../aws/eip-vpc-argument-deprecated';
import awsLaunchConfigurationDeprecated from '../aws/launch-configuration-deprecated';
import awsNatGatewayPerAzNonProduction from '../aws/nat-gateway-per-az-non-production';
import awsNatGatewaySharedAcrossAzs from '../aws/nat-gateway-shared-across-azs';
import awsNetworkAclRuleAllProtocols from '../aws/network-acl-rule-all-protocols';
import awsSecurityGroupInlineRulesMixed from '../aws/security-group-inline-rules-mixed';
import awsSecurityGroupMissingDescription from '../aws/security-group-missing-description';
import awsSecurityGroupOpenIngress from '../aws/security-group-open-ingress';
import awsSecurityGroupPublicIngressNonWebPort from '../aws/security-group-public-ingress-non-web-port';
import awsSecurityGroupRuleMissingDescription from '../aws/security-group-rule-missing-description';
import awsSecurityGroupUnrestrictedEgress from '../aws/security-group-unrestricted-egress';
import awsWorkspacesRootVolumeUnencrypted from '../aws/workspaces-root-volume-unencrypted';
import awsWorkspacesUserVolumeUnencrypted from '../aws/workspaces-user-volume-unencrypted';

export const COMPUTE_RULES: readonly Rule[] = [
  awsAmiDataSourceWithoutOwners,
  awsAutoscalingDesiredCapacityWithScalingPolicy,
  awsAutoscalingEc2HealthCheckBehindLoadBalancer,
  awsAutoscalingOnDemandOnly,
  awsAutoscalingSingleAz,
  awsAutoscalingSpotSingleInstanceType,
  awsAutoscalingSpotWithoutCapacityRebalance,
  awsDefaultSecurityGroupAllowsTraffic,
  awsEbsIo1Volume,
  awsEc2BlockDeviceGp2,
  awsEc2BlockDeviceUnencrypted,
  awsEc2DefaultVpcLaunch,
  awsEc2DetailedMonitoringDisabled,
  awsEc2GravitonAlternative,
  awsEc2ImdsHopLimitAboveOne,
  awsEc2Imdsv1Enabled,
  awsEc2InstanceProfileMissing,
  awsEc2PreviousGenerationInstanceType,
  awsEc2PublicIpAssociated,
  awsEc2SecurityGroupsByName,
  awsEc2UserDataSecret,
  awsEc2VolumeKeptAfterTermination,
  awsEipUnattached,
  awsEipVpcArgumentDeprecated,
  awsLaunchConfigurationDeprecated,
  awsNatGatewayPerAzNonProduction,
  awsNatGatewaySharedAcrossAzs,
  awsNetworkAclRuleAllProtocols,
  awsSecurityGroupInlineRulesMixed,
  awsSecurityGroupMissingDescription,
  awsSecurityGroupOpenIngress,
  awsSecurityGroupPublicIngressNonWebPort,
  awsSecurityGroupRuleMissingDescription,
  awsSecurityGroupUnrestrictedEgress,
  awsWorkspacesRootVolumeUnencrypted,
  awsWorkspacesUserVolumeUnencrypted,
];
