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
import awsCloudformationStack from '../aws/cloudformation-stack';
import awsCloudformationStackSet from '../aws/cloudformation-stack-set';
import awsCloudwatchEventArchive from '../aws/cloudwatch-event-archive';
import awsCloudwatchEventBus from '../aws/cloudwatch-event-bus';
import awsCodepipeline from '../aws/codepipeline';
import awsConfigOrganizationCustomRule from '../aws/config-organization-custom-rule';
import awsConfigOrganizationManagedRule from '../aws/config-organization-managed-rule';
import awsFmsPolicy from '../aws/fms-policy';
import awsGlueCrawler from '../aws/glue-crawler';
import awsGlueJob from '../aws/glue-job';
import awsMskconnectConnector from '../aws/mskconnect-connector';
import awsPipesPipe from '../aws/pipes-pipe';
import awsSchedulerSchedule from '../aws/scheduler-schedule';
import awsServiceDiscoveryInstance from '../aws/service-discovery-instance';
import awsSsmParameter from '../aws/ssm-parameter';
import awsSsmActivation from '../aws/ssm-activation';
import awsAppsyncGraphqlApi from '../aws/appsync-graphql-api';

export const SERVICE_PRICERS: readonly Pricer[] = [
  awsAcmpcaCertificateAuthority,
  awsAppsyncGraphqlApi,
  awsCloudformationStack,
  awsCloudformationStackSet,
  awsCloudhsmV2Hsm,
  awsCloudtrail,
  awsCloudwatchCompositeAlarm,
  awsCloudwatchDashboard,
  awsCloudwatchEventArchive,
  awsCloudwatchEventBus,
  awsCloudwatchLogGroup,
  awsCloudwatchMetricAlarm,
  awsCodepipeline,
  awsConfigConfigRule,
  awsConfigConfigurationRecorder,
  awsConfigOrganizationCustomRule,
  awsConfigOrganizationManagedRule,
  awsDirectoryServiceDirectory,
  awsFmsPolicy,
  awsGlueCrawler,
  awsGlueJob,
  awsGrafanaWorkspace,
  awsKinesisFirehoseDeliveryStream,
  awsKinesisStream,
  awsKinesisanalyticsApplication,
  awsKinesisanalyticsv2Application,
  awsKmsExternalKey,
  awsKmsKey,
  awsKmsReplicaKey,
  awsMskconnectConnector,
  awsMwaaEnvironment,
  awsPipesPipe,
  awsRoute53HealthCheck,
  awsRoute53Record,
  awsRoute53Zone,
  awsSchedulerSchedule,
  awsSecretsmanagerSecret,
  awsServiceDiscoveryInstance,
  awsSfnStateMachine,
  awsSnsTopic,
  awsSqsQueue,
  awsSsmActivation,
  awsSsmParameter,
  awsWafWebAcl,
  awsWafregionalWebAcl,
  awsWafv2WebAcl,
];
