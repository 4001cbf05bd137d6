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
import awsAcmpcaCertificateAuthority from '../aws/acmpca-certificate-authority';
import awsCloudhsmV2Hsm from '../aws/cloudhsm-v2-hsm';
import awsDirectoryServiceDirectory from '../aws/directory-service-directory';
import awsGrafanaWorkspace from '../aws/grafana-workspace';
import awsKinesisanalyticsApplication from '../aws/kinesisanalytics-application';
import awsKinesisanalyticsv2Application from '../aws/kinesisanalyticsv2-application';
import awsKmsExternalKey from '../aws/kms-external-key';
import awsMwaaEnvironment from '../aws/mwaa-environment';
import awsWafWebAcl from '../aws/waf-web-acl';
import awsWafregionalWebAcl from '../aws/wafregional-web-acl';

export const SERVICE_PRICERS: readonly Pricer[] = [
  awsAcmpcaCertificateAuthority,
  awsCloudhsmV2Hsm,
  awsCloudtrail,
  awsCloudwatchCompositeAlarm,
  awsCloudwatchDashboard,
  awsCloudwatchLogGroup,
  awsCloudwatchMetricAlarm,
  awsConfigConfigRule,
  awsConfigConfigurationRecorder,
  awsDirectoryServiceDirectory,
  awsGrafanaWorkspace,
  awsKinesisFirehoseDeliveryStream,
  awsKinesisStream,
  awsKinesisanalyticsApplication,
  awsKinesisanalyticsv2Application,
  awsKmsExternalKey,
  awsKmsKey,
  awsKmsReplicaKey,
  awsMwaaEnvironment,
  awsRoute53HealthCheck,
  awsRoute53Record,
  awsRoute53Zone,
  awsSecretsmanagerSecret,
  awsSfnStateMachine,
  awsSnsTopic,
  awsSqsQueue,
  awsWafWebAcl,
  awsWafregionalWebAcl,
  awsWafv2WebAcl,
];
