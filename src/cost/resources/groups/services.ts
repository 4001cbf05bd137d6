/** Pricers for messaging, observability, DNS, security and workflow services. Sorted by resource type. */
import type { Pricer } from '../../pricer';
import awsCloudtrail from '../aws/cloudtrail';
import awsCloudwatchCompositeAlarm from '../aws/cloudwatch-composite-alarm';
import awsCloudwatchDashboard from '../aws/cloudwatch-dashboard';
import awsCloudwatchLogGroup from '../aws/cloudwatch-log-group';
import awsCloudwatchMetricAlarm from '../aws/cloudwatch-metric-alarm';
import awsConfigConfigRule from '../aws/config-config-rule';
import awsConfigConfigurationRecorder from '../aws/config-configuration-recorder';
import awsKinesisFirehoseDeliveryStream from '../aws/kinesis-firehose-delivery-stream';
import awsKinesisStream from '../aws/kinesis-stream';
import awsKmsKey from '../aws/kms-key';
import awsKmsReplicaKey from '../aws/kms-replica-key';
import awsRoute53HealthCheck from '../aws/route53-health-check';
import awsRoute53Record from '../aws/route53-record';
import awsRoute53Zone from '../aws/route53-zone';
import awsSecretsmanagerSecret from '../aws/secretsmanager-secret';
import awsSfnStateMachine from '../aws/sfn-state-machine';
import awsSnsTopic from '../aws/sns-topic';
import awsSqsQueue from '../aws/sqs-queue';
import awsWafv2WebAcl from '../aws/wafv2-web-acl';

export const SERVICE_PRICERS: readonly Pricer[] = [
  awsCloudtrail,
  awsCloudwatchCompositeAlarm,
  awsCloudwatchDashboard,
  awsCloudwatchLogGroup,
  awsCloudwatchMetricAlarm,
  awsConfigConfigRule,
  awsConfigConfigurationRecorder,
  awsKinesisFirehoseDeliveryStream,
  awsKinesisStream,
  awsKmsKey,
  awsKmsReplicaKey,
  awsRoute53HealthCheck,
  awsRoute53Record,
  awsRoute53Zone,
  awsSecretsmanagerSecret,
  awsSfnStateMachine,
  awsSnsTopic,
  awsSqsQueue,
  awsWafv2WebAcl,
];
