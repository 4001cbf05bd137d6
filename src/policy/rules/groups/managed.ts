/** Managed-service rules: streaming (Firehose, Kinesis Video), MemoryDB, QLDB, MWAA, Network Firewall, Route 53, SageMaker, SES, SSM, Transfer Family, WAF, Elastic Beanstalk, AppFlow, Connect, Keyspaces, Timestream. Sorted by id. */
import type { Rule } from '../../rule';
import awsAppflowConnectorProfileWithoutCmk from '../aws/appflow-connector-profile-without-cmk';
import awsAppflowFlowWithoutCmk from '../aws/appflow-flow-without-cmk';
import awsConnectKinesisVideoStorageWithoutCmk from '../aws/connect-kinesis-video-storage-without-cmk';
import awsConnectS3StorageWithoutCmk from '../aws/connect-s3-storage-without-cmk';
import awsElasticBeanstalkEnhancedHealthDisabled from '../aws/elastic-beanstalk-enhanced-health-disabled';
import awsElasticBeanstalkManagedUpdatesDisabled from '../aws/elastic-beanstalk-managed-updates-disabled';
import awsFirehoseUnencrypted from '../aws/firehose-unencrypted';
import awsFirehoseWithoutCmk from '../aws/firehose-without-cmk';
import awsKeyspacesTableWithoutCmk from '../aws/keyspaces-table-without-cmk';
import awsKinesisStreamWithoutCmk from '../aws/kinesis-stream-without-cmk';
import awsKinesisVideoStreamWithoutCmk from '../aws/kinesis-video-stream-without-cmk';
import awsMemorydbSnapshotWithoutCmk from '../aws/memorydb-snapshot-without-cmk';
import awsMemorydbTlsDisabled from '../aws/memorydb-tls-disabled';
import awsMemorydbWithoutCmk from '../aws/memorydb-without-cmk';
import awsMwaaSchedulerLogsDisabled from '../aws/mwaa-scheduler-logs-disabled';
import awsMwaaWebserverLogsDisabled from '../aws/mwaa-webserver-logs-disabled';
import awsMwaaWebserverPublic from '../aws/mwaa-webserver-public';
import awsMwaaWorkerLogsDisabled from '../aws/mwaa-worker-logs-disabled';
import awsNetworkfirewallDeletionProtectionDisabled from '../aws/networkfirewall-deletion-protection-disabled';
import awsNetworkfirewallLoggingMissing from '../aws/networkfirewall-logging-missing';
import awsNetworkfirewallPolicyStatelessDefaultPass from '../aws/networkfirewall-policy-stateless-default-pass';
import awsNetworkfirewallPolicyWithoutCmk from '../aws/networkfirewall-policy-without-cmk';
import awsNetworkfirewallWithoutCmk from '../aws/networkfirewall-without-cmk';
import awsQldbDeletionProtectionDisabled from '../aws/qldb-deletion-protection-disabled';
import awsQldbPermissionsModeAllowAll from '../aws/qldb-permissions-mode-allow-all';
import awsRoute53ARecordUnmanagedTarget from '../aws/route53-a-record-unmanaged-target';
import awsRoute53DnssecDisabled from '../aws/route53-dnssec-disabled';
import awsRoute53DomainTransferLockDisabled from '../aws/route53-domain-transfer-lock-disabled';
import awsRoute53QueryLoggingMissing from '../aws/route53-query-logging-missing';
import awsSagemakerDataQualityOutputWithoutKms from '../aws/sagemaker-data-quality-output-without-kms';
import awsSagemakerDataQualityTrafficUnencrypted from '../aws/sagemaker-data-quality-traffic-unencrypted';
import awsSagemakerDataQualityVolumeWithoutKms from '../aws/sagemaker-data-quality-volume-without-kms';
import awsSagemakerDomainWithoutCmk from '../aws/sagemaker-domain-without-cmk';
import awsSagemakerEndpointConfigWithoutKms from '../aws/sagemaker-endpoint-config-without-kms';
import awsSagemakerFlowDefinitionOutputWithoutKms from '../aws/sagemaker-flow-definition-output-without-kms';
import awsSagemakerModelNetworkIsolationDisabled from '../aws/sagemaker-model-network-isolation-disabled';
import awsSagemakerNotebookDirectInternetAccess from '../aws/sagemaker-notebook-direct-internet-access';
import awsSagemakerNotebookImdsv1Enabled from '../aws/sagemaker-notebook-imdsv1-enabled';
import awsSagemakerNotebookOutsideVpc from '../aws/sagemaker-notebook-outside-vpc';
import awsSagemakerNotebookRootAccess from '../aws/sagemaker-notebook-root-access';
import awsSagemakerNotebookWithoutCmk from '../aws/sagemaker-notebook-without-cmk';
import awsSesConfigurationSetTlsOptional from '../aws/ses-configuration-set-tls-optional';
import awsSsmDocumentPublic from '../aws/ssm-document-public';
import awsSsmParameterNotSecureString from '../aws/ssm-parameter-not-secure-string';
import awsSsmParameterWithoutCmk from '../aws/ssm-parameter-without-cmk';
import awsSsmSessionLoggingUnencrypted from '../aws/ssm-session-logging-unencrypted';
import awsSsmSessionWithoutKms from '../aws/ssm-session-without-kms';
import awsTimestreamDatabaseWithoutCmk from '../aws/timestream-database-without-cmk';
import awsTransferServerFtpEnabled from '../aws/transfer-server-ftp-enabled';
import awsTransferServerOutdatedSecurityPolicy from '../aws/transfer-server-outdated-security-policy';
import awsTransferServerPublic from '../aws/transfer-server-public';
import awsWafClassicWebAclLoggingMissing from '../aws/waf-classic-web-acl-logging-missing';
import awsWafRuleWithoutAction from '../aws/waf-rule-without-action';
import awsWafWebAclWithoutRules from '../aws/waf-web-acl-without-rules';
import awsWafv2WebAclLog4jUnprotected from '../aws/wafv2-web-acl-log4j-unprotected';
import awsWafv2WebAclLoggingMissing from '../aws/wafv2-web-acl-logging-missing';

export const MANAGED_RULES: readonly Rule[] = [
  awsAppflowConnectorProfileWithoutCmk,
  awsAppflowFlowWithoutCmk,
  awsConnectKinesisVideoStorageWithoutCmk,
  awsConnectS3StorageWithoutCmk,
  awsElasticBeanstalkEnhancedHealthDisabled,
  awsElasticBeanstalkManagedUpdatesDisabled,
  awsFirehoseUnencrypted,
  awsFirehoseWithoutCmk,
  awsKeyspacesTableWithoutCmk,
  awsKinesisStreamWithoutCmk,
  awsKinesisVideoStreamWithoutCmk,
  awsMemorydbSnapshotWithoutCmk,
  awsMemorydbTlsDisabled,
  awsMemorydbWithoutCmk,
  awsMwaaSchedulerLogsDisabled,
  awsMwaaWebserverLogsDisabled,
  awsMwaaWebserverPublic,
  awsMwaaWorkerLogsDisabled,
  awsNetworkfirewallDeletionProtectionDisabled,
  awsNetworkfirewallLoggingMissing,
  awsNetworkfirewallPolicyStatelessDefaultPass,
  awsNetworkfirewallPolicyWithoutCmk,
  awsNetworkfirewallWithoutCmk,
  awsQldbDeletionProtectionDisabled,
  awsQldbPermissionsModeAllowAll,
  awsRoute53ARecordUnmanagedTarget,
  awsRoute53DnssecDisabled,
  awsRoute53DomainTransferLockDisabled,
  awsRoute53QueryLoggingMissing,
  awsSagemakerDataQualityOutputWithoutKms,
  awsSagemakerDataQualityTrafficUnencrypted,
  awsSagemakerDataQualityVolumeWithoutKms,
  awsSagemakerDomainWithoutCmk,
  awsSagemakerEndpointConfigWithoutKms,
  awsSagemakerFlowDefinitionOutputWithoutKms,
  awsSagemakerModelNetworkIsolationDisabled,
  awsSagemakerNotebookDirectInternetAccess,
  awsSagemakerNotebookImdsv1Enabled,
  awsSagemakerNotebookOutsideVpc,
  awsSagemakerNotebookRootAccess,
  awsSagemakerNotebookWithoutCmk,
  awsSesConfigurationSetTlsOptional,
  awsSsmDocumentPublic,
  awsSsmParameterNotSecureString,
  awsSsmParameterWithoutCmk,
  awsSsmSessionLoggingUnencrypted,
  awsSsmSessionWithoutKms,
  awsTimestreamDatabaseWithoutCmk,
  awsTransferServerFtpEnabled,
  awsTransferServerOutdatedSecurityPolicy,
  awsTransferServerPublic,
  awsWafClassicWebAclLoggingMissing,
  awsWafRuleWithoutAction,
  awsWafWebAclWithoutRules,
  awsWafv2WebAclLog4jUnprotected,
  awsWafv2WebAclLoggingMissing,
];
