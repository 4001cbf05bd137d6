/** Database rules: RDS, Aurora, DynamoDB, ElastiCache, Redshift, OpenSearch, MSK, DocumentDB, AWS Backup. Sorted by id. */
import type { Rule } from '../../rule';
import awsAthenaResultsUnencrypted from '../aws/athena-results-unencrypted';
import awsAthenaWorkgroupSettingsOverridable from '../aws/athena-workgroup-settings-overridable';
import awsBackupPlanWithoutCopy from '../aws/backup-plan-without-copy';
import awsDocdbBackupRetentionShort from '../aws/docdb-backup-retention-short';
import awsDocdbLogExportsMissing from '../aws/docdb-log-exports-missing';
import awsDocdbStorageUnencrypted from '../aws/docdb-storage-unencrypted';
import awsDocdbWithoutCmk from '../aws/docdb-without-cmk';
import awsDynamodbAwsOwnedKey from '../aws/dynamodb-aws-owned-key';
import awsDynamodbDeletionProtectionDisabled from '../aws/dynamodb-deletion-protection-disabled';
import awsDynamodbPitrDisabled from '../aws/dynamodb-pitr-disabled';
import awsDynamodbProvisionedWithoutAutoscaling from '../aws/dynamodb-provisioned-without-autoscaling';
import awsElasticacheAtRestEncryptionDisabled from '../aws/elasticache-at-rest-encryption-disabled';
import awsElasticacheAuthMissing from '../aws/elasticache-auth-missing';
import awsElasticacheAutomaticFailoverDisabled from '../aws/elasticache-automatic-failover-disabled';
import awsElasticachePreviousGenerationNodeType from '../aws/elasticache-previous-generation-node-type';
import awsElasticacheSecurityGroupMissingDescription from '../aws/elasticache-security-group-missing-description';
import awsElasticacheSingleNode from '../aws/elasticache-single-node';
import awsElasticacheSnapshotsDisabled from '../aws/elasticache-snapshots-disabled';
import awsElasticacheTransitEncryptionDisabled from '../aws/elasticache-transit-encryption-disabled';
import awsEmrAtRestEncryptionDisabled from '../aws/emr-at-rest-encryption-disabled';
import awsEmrInTransitEncryptionDisabled from '../aws/emr-in-transit-encryption-disabled';
import awsEmrLocalDiskEncryptionDisabled from '../aws/emr-local-disk-encryption-disabled';
import awsMskAtRestAwsManagedKey from '../aws/msk-at-rest-aws-managed-key';
import awsMskBrokerLogsDisabled from '../aws/msk-broker-logs-disabled';
import awsMskPlaintextTraffic from '../aws/msk-plaintext-traffic';
import awsMskUnauthenticatedAccess from '../aws/msk-unauthenticated-access';
import awsNeptuneAuditLogExportMissing from '../aws/neptune-audit-log-export-missing';
import awsNeptuneStorageUnencrypted from '../aws/neptune-storage-unencrypted';
import awsNeptuneWithoutCmk from '../aws/neptune-without-cmk';
import awsOpensearchAccessPolicyPublic from '../aws/opensearch-access-policy-public';
import awsOpensearchAuditLogsDisabled from '../aws/opensearch-audit-logs-disabled';
import awsOpensearchEncryptionAtRestDisabled from '../aws/opensearch-encryption-at-rest-disabled';
import awsOpensearchHttpsNotEnforced from '../aws/opensearch-https-not-enforced';
import awsOpensearchNodeToNodeEncryptionDisabled from '../aws/opensearch-node-to-node-encryption-disabled';
import awsOpensearchOutdatedTlsPolicy from '../aws/opensearch-outdated-tls-policy';
import awsOpensearchPreviousGenerationInstanceType from '../aws/opensearch-previous-generation-instance-type';
import awsOpensearchPublicEndpoint from '../aws/opensearch-public-endpoint';
import awsRdsAutoMinorVersionUpgradeDisabled from '../aws/rds-auto-minor-version-upgrade-disabled';
import awsRdsBackupRetentionDefault from '../aws/rds-backup-retention-default';
import awsRdsBackupRetentionLong from '../aws/rds-backup-retention-long';
import awsRdsBackupRetentionShort from '../aws/rds-backup-retention-short';
import awsRdsBackupsDisabled from '../aws/rds-backups-disabled';
import awsRdsClusterWithoutCmk from '../aws/rds-cluster-without-cmk';
import awsRdsCopyTagsToSnapshotDisabled from '../aws/rds-copy-tags-to-snapshot-disabled';
import awsRdsDefaultMasterUsername from '../aws/rds-default-master-username';
import awsRdsDeletionProtectionDisabled from '../aws/rds-deletion-protection-disabled';
import awsRdsEngineEndOfSupport from '../aws/rds-engine-end-of-support';
import awsRdsEnhancedMonitoringDisabled from '../aws/rds-enhanced-monitoring-disabled';
import awsRdsExtendedSupportCharges from '../aws/rds-extended-support-charges';
import awsRdsGp2Storage from '../aws/rds-gp2-storage';
import awsRdsIamAuthenticationDisabled from '../aws/rds-iam-authentication-disabled';
import awsRdsLogExportsMissing from '../aws/rds-log-exports-missing';
import awsRdsPerformanceInsightsAwsManagedKey from '../aws/rds-performance-insights-aws-managed-key';
import awsRdsPerformanceInsightsDisabled from '../aws/rds-performance-insights-disabled';
import awsRdsPreviousGenerationInstanceClass from '../aws/rds-previous-generation-instance-class';
import awsRdsPubliclyAccessible from '../aws/rds-publicly-accessible';
import awsRdsSingleAz from '../aws/rds-single-az';
import awsRdsSkipFinalSnapshot from '../aws/rds-skip-final-snapshot';
import awsRdsStorageUnencrypted from '../aws/rds-storage-unencrypted';
import awsRedshiftAuditLoggingDisabled from '../aws/redshift-audit-logging-disabled';
import awsRedshiftClusterWithoutSubnetGroup from '../aws/redshift-cluster-without-subnet-group';
import awsRedshiftEnhancedVpcRoutingDisabled from '../aws/redshift-enhanced-vpc-routing-disabled';
import awsRedshiftPreviousGenerationNodeType from '../aws/redshift-previous-generation-node-type';
import awsRedshiftPubliclyAccessible from '../aws/redshift-publicly-accessible';
import awsRedshiftUnencrypted from '../aws/redshift-unencrypted';
import awsRedshiftWithoutCmk from '../aws/redshift-without-cmk';

export const DATA_RULES: readonly Rule[] = [
  awsAthenaResultsUnencrypted,
  awsAthenaWorkgroupSettingsOverridable,
  awsBackupPlanWithoutCopy,
  awsDocdbBackupRetentionShort,
  awsDocdbLogExportsMissing,
  awsDocdbStorageUnencrypted,
  awsDocdbWithoutCmk,
  awsDynamodbAwsOwnedKey,
  awsDynamodbDeletionProtectionDisabled,
  awsDynamodbPitrDisabled,
  awsDynamodbProvisionedWithoutAutoscaling,
  awsElasticacheAtRestEncryptionDisabled,
  awsElasticacheAuthMissing,
  awsElasticacheAutomaticFailoverDisabled,
  awsElasticachePreviousGenerationNodeType,
  awsElasticacheSecurityGroupMissingDescription,
  awsElasticacheSingleNode,
  awsElasticacheSnapshotsDisabled,
  awsElasticacheTransitEncryptionDisabled,
  awsEmrAtRestEncryptionDisabled,
  awsEmrInTransitEncryptionDisabled,
  awsEmrLocalDiskEncryptionDisabled,
  awsMskAtRestAwsManagedKey,
  awsMskBrokerLogsDisabled,
  awsMskPlaintextTraffic,
  awsMskUnauthenticatedAccess,
  awsNeptuneAuditLogExportMissing,
  awsNeptuneStorageUnencrypted,
  awsNeptuneWithoutCmk,
  awsOpensearchAccessPolicyPublic,
  awsOpensearchAuditLogsDisabled,
  awsOpensearchEncryptionAtRestDisabled,
  awsOpensearchHttpsNotEnforced,
  awsOpensearchNodeToNodeEncryptionDisabled,
  awsOpensearchOutdatedTlsPolicy,
  awsOpensearchPreviousGenerationInstanceType,
  awsOpensearchPublicEndpoint,
  awsRdsAutoMinorVersionUpgradeDisabled,
  awsRdsBackupRetentionDefault,
  awsRdsBackupRetentionLong,
  awsRdsBackupRetentionShort,
  awsRdsBackupsDisabled,
  awsRdsClusterWithoutCmk,
  awsRdsCopyTagsToSnapshotDisabled,
  awsRdsDefaultMasterUsername,
  awsRdsDeletionProtectionDisabled,
  awsRdsEngineEndOfSupport,
  awsRdsEnhancedMonitoringDisabled,
  awsRdsExtendedSupportCharges,
  awsRdsGp2Storage,
  awsRdsIamAuthenticationDisabled,
  awsRdsLogExportsMissing,
  awsRdsPerformanceInsightsAwsManagedKey,
  awsRdsPerformanceInsightsDisabled,
  awsRdsPreviousGenerationInstanceClass,
  awsRdsPubliclyAccessible,
  awsRdsSingleAz,
  awsRdsSkipFinalSnapshot,
  awsRdsStorageUnencrypted,
  awsRedshiftAuditLoggingDisabled,
  awsRedshiftClusterWithoutSubnetGroup,
  awsRedshiftEnhancedVpcRoutingDisabled,
  awsRedshiftPreviousGenerationNodeType,
  awsRedshiftPubliclyAccessible,
  awsRedshiftUnencrypted,
  awsRedshiftWithoutCmk,
];
