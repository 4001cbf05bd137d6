/** Monitoring rules: CloudWatch CIS metric filters and alarms, log retention, AWS Config recorders, GuardDuty. Sorted by id. */
import type { Rule } from '../../rule';
import awsCloudwatchLogGroupRetentionShort from '../aws/cloudwatch-log-group-retention-short';

export const MONITORING_RULES: readonly Rule[] = [
  awsCloudwatchLogGroupRetentionShort,
];
