/** Monitoring rules: CloudWatch CIS metric filters and alarms, log retention, AWS Config recorders, GuardDuty. Sorted by id. */
import type { Rule } from '../../rule';
import awsCloudwatchCloudtrailChangesAlarmMissing from '../aws/cloudwatch-cloudtrail-changes-alarm-missing';
import awsCloudwatchCmkDeletionAlarmMissing from '../aws/cloudwatch-cmk-deletion-alarm-missing';
import awsCloudwatchConfigChangesAlarmMissing from '../aws/cloudwatch-config-changes-alarm-missing';
import awsCloudwatchConsoleAuthFailuresAlarmMissing from '../aws/cloudwatch-console-auth-failures-alarm-missing';
import awsCloudwatchConsoleSigninWithoutMfaAlarmMissing from '../aws/cloudwatch-console-signin-without-mfa-alarm-missing';
import awsCloudwatchIamPolicyChangesAlarmMissing from '../aws/cloudwatch-iam-policy-changes-alarm-missing';
import awsCloudwatchLogGroupRetentionShort from '../aws/cloudwatch-log-group-retention-short';
import awsCloudwatchNaclChangesAlarmMissing from '../aws/cloudwatch-nacl-changes-alarm-missing';
import awsCloudwatchNetworkGatewayChangesAlarmMissing from '../aws/cloudwatch-network-gateway-changes-alarm-missing';
import awsCloudwatchRootUsageAlarmMissing from '../aws/cloudwatch-root-usage-alarm-missing';
import awsCloudwatchRouteTableChangesAlarmMissing from '../aws/cloudwatch-route-table-changes-alarm-missing';
import awsCloudwatchS3BucketPolicyChangesAlarmMissing from '../aws/cloudwatch-s3-bucket-policy-changes-alarm-missing';
import awsCloudwatchSecurityGroupChangesAlarmMissing from '../aws/cloudwatch-security-group-changes-alarm-missing';
import awsCloudwatchUnauthorizedApiCallsAlarmMissing from '../aws/cloudwatch-unauthorized-api-calls-alarm-missing';
import awsCloudwatchVpcChangesAlarmMissing from '../aws/cloudwatch-vpc-changes-alarm-missing';
import awsConfigRecorderDisabled from '../aws/config-recorder-disabled';
import awsConfigRecorderGlobalResourcesExcluded from '../aws/config-recorder-global-resources-excluded';
import awsConfigRecorderNotAllResources from '../aws/config-recorder-not-all-resources';
import awsGuarddutyDetectorDisabled from '../aws/guardduty-detector-disabled';
import awsGuarddutyFindingPublishingSlow from '../aws/guardduty-finding-publishing-slow';

export const MONITORING_RULES: readonly Rule[] = [
  awsCloudwatchCloudtrailChangesAlarmMissing,
  awsCloudwatchCmkDeletionAlarmMissing,
  awsCloudwatchConfigChangesAlarmMissing,
  awsCloudwatchConsoleAuthFailuresAlarmMissing,
  awsCloudwatchConsoleSigninWithoutMfaAlarmMissing,
  awsCloudwatchIamPolicyChangesAlarmMissing,
  awsCloudwatchLogGroupRetentionShort,
  awsCloudwatchNaclChangesAlarmMissing,
  awsCloudwatchNetworkGatewayChangesAlarmMissing,
  awsCloudwatchRootUsageAlarmMissing,
  awsCloudwatchRouteTableChangesAlarmMissing,
  awsCloudwatchS3BucketPolicyChangesAlarmMissing,
  awsCloudwatchSecurityGroupChangesAlarmMissing,
  awsCloudwatchUnauthorizedApiCallsAlarmMissing,
  awsCloudwatchVpcChangesAlarmMissing,
  awsConfigRecorderDisabled,
  awsConfigRecorderGlobalResourcesExcluded,
  awsConfigRecorderNotAllResources,
  awsGuarddutyDetectorDisabled,
  awsGuarddutyFindingPublishingSlow,
];
