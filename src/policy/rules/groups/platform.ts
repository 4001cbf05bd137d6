/** Platform and edge rules: EKS, ECS, load balancers, CloudFront, CloudWatch, tags. Sorted by id. */
import type { Rule } from '../../rule';
import awsCloudfrontAccessLoggingDisabled from '../aws/cloudfront-access-logging-disabled';
import awsCloudfrontAllowsHttp from '../aws/cloudfront-allows-http';
import awsCloudfrontDefaultCertificate from '../aws/cloudfront-default-certificate';
import awsCloudfrontOriginHttpOnly from '../aws/cloudfront-origin-http-only';
import awsCloudfrontOutdatedTls from '../aws/cloudfront-outdated-tls';
import awsCloudfrontS3OriginWithoutOac from '../aws/cloudfront-s3-origin-without-oac';
import awsCloudfrontWafMissing from '../aws/cloudfront-waf-missing';
import awsCloudwatchAlarmWithoutActions from '../aws/cloudwatch-alarm-without-actions';
import awsCloudwatchLogGroupRetentionUnset from '../aws/cloudwatch-log-group-retention-unset';
import awsCloudwatchLogGroupUnencrypted from '../aws/cloudwatch-log-group-unencrypted';
import awsCodebuildArtifactEncryptionDisabled from '../aws/codebuild-artifact-encryption-disabled';
import awsEcsClusterContainerInsightsDisabled from '../aws/ecs-cluster-container-insights-disabled';
import awsEcsFargatePlatformVersionOld from '../aws/ecs-fargate-platform-version-old';
import awsEcsServiceCircuitBreakerMissing from '../aws/ecs-service-circuit-breaker-missing';
import awsEcsTaskContainerRunsAsRoot from '../aws/ecs-task-container-runs-as-root';
import awsEcsTaskEfsTransitUnencrypted from '../aws/ecs-task-efs-transit-unencrypted';
import awsEcsTaskHostNetworkMode from '../aws/ecs-task-host-network-mode';
import awsEcsTaskLoggingMissing from '../aws/ecs-task-logging-missing';
import awsEcsTaskPrivilegedContainer from '../aws/ecs-task-privileged-container';
import awsEcsTaskRootFilesystemWritable from '../aws/ecs-task-root-filesystem-writable';
import awsEcsTaskSecretInEnvironment from '../aws/ecs-task-secret-in-environment';
import awsEksControlPlaneLoggingIncomplete from '../aws/eks-control-plane-logging-incomplete';
import awsEksNodeGroupOnDemandOnly from '../aws/eks-node-group-on-demand-only';
import awsEksNodeGroupSshOpen from '../aws/eks-node-group-ssh-open';
import awsEksPublicEndpointOpen from '../aws/eks-public-endpoint-open';
import awsEksSecretsUnencrypted from '../aws/eks-secrets-unencrypted';
import awsEksVersionExtendedSupport from '../aws/eks-version-extended-support';
import awsElbClassicLoadBalancer from '../aws/elb-classic-load-balancer';
import awsElbListenerPlainHttp from '../aws/elb-listener-plain-http';
import awsInstanceUntagged from '../aws/instance-untagged';
import awsLbAccessLogsDisabled from '../aws/lb-access-logs-disabled';
import awsLbCrossZoneDisabled from '../aws/lb-cross-zone-disabled';
import awsLbDeletionProtectionDisabled from '../aws/lb-deletion-protection-disabled';
import awsLbHttpListenerWithoutRedirect from '../aws/lb-http-listener-without-redirect';
import awsLbInternetFacing from '../aws/lb-internet-facing';
import awsLbInvalidHeaderFieldsAccepted from '../aws/lb-invalid-header-fields-accepted';
import awsLbListenerOutdatedTlsPolicy from '../aws/lb-listener-outdated-tls-policy';
import awsLbPublicWithoutWaf from '../aws/lb-public-without-waf';
import awsResourceMissingRequiredTags from '../aws/resource-missing-required-tags';

export const PLATFORM_RULES: readonly Rule[] = [
  awsCloudfrontAccessLoggingDisabled,
  awsCloudfrontAllowsHttp,
  awsCloudfrontDefaultCertificate,
  awsCloudfrontOriginHttpOnly,
  awsCloudfrontOutdatedTls,
  awsCloudfrontS3OriginWithoutOac,
  awsCloudfrontWafMissing,
  awsCloudwatchAlarmWithoutActions,
  awsCloudwatchLogGroupRetentionUnset,
  awsCloudwatchLogGroupUnencrypted,
  awsCodebuildArtifactEncryptionDisabled,
  awsEcsClusterContainerInsightsDisabled,
  awsEcsFargatePlatformVersionOld,
  awsEcsServiceCircuitBreakerMissing,
  awsEcsTaskContainerRunsAsRoot,
  awsEcsTaskEfsTransitUnencrypted,
  awsEcsTaskHostNetworkMode,
  awsEcsTaskLoggingMissing,
  awsEcsTaskPrivilegedContainer,
  awsEcsTaskRootFilesystemWritable,
  awsEcsTaskSecretInEnvironment,
  awsEksControlPlaneLoggingIncomplete,
  awsEksNodeGroupOnDemandOnly,
  awsEksNodeGroupSshOpen,
  awsEksPublicEndpointOpen,
  awsEksSecretsUnencrypted,
  awsEksVersionExtendedSupport,
  awsElbClassicLoadBalancer,
  awsElbListenerPlainHttp,
  awsInstanceUntagged,
  awsLbAccessLogsDisabled,
  awsLbCrossZoneDisabled,
  awsLbDeletionProtectionDisabled,
  awsLbHttpListenerWithoutRedirect,
  awsLbInternetFacing,
  awsLbInvalidHeaderFieldsAccepted,
  awsLbListenerOutdatedTlsPolicy,
  awsLbPublicWithoutWaf,
  awsResourceMissingRequiredTags,
];
