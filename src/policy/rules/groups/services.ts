/** Managed service rules: AppSync, AWS Backup vaults and selections, Batch, CloudSearch, CodePipeline, Cognito, Comprehend, DAX, DMS, Glacier, Glue, Image Builder. Sorted by id. */
import type { Rule } from '../../rule';
import awsAppsyncCacheUnencryptedAtRest from '../aws/appsync-cache-unencrypted-at-rest';
import awsAppsyncCacheUnencryptedInTransit from '../aws/appsync-cache-unencrypted-in-transit';
import awsAppsyncFieldLogsDisabled from '../aws/appsync-field-logs-disabled';
import awsAppsyncLoggingDisabled from '../aws/appsync-logging-disabled';
import awsAppsyncWafMissing from '../aws/appsync-waf-missing';
import awsBackupVaultWithoutCmk from '../aws/backup-vault-without-cmk';
import awsBatchJobPrivilegedContainer from '../aws/batch-job-privileged-container';
import awsCloudsearchHttpsNotEnforced from '../aws/cloudsearch-https-not-enforced';
import awsCloudsearchOutdatedTls from '../aws/cloudsearch-outdated-tls';
import awsCodepipelineArtifactsWithoutCmk from '../aws/codepipeline-artifacts-without-cmk';
import awsCognitoIdentityPoolUnauthenticatedAccess from '../aws/cognito-identity-pool-unauthenticated-access';
import awsComprehendEntityRecognizerModelWithoutCmk from '../aws/comprehend-entity-recognizer-model-without-cmk';
import awsComprehendEntityRecognizerVolumeWithoutCmk from '../aws/comprehend-entity-recognizer-volume-without-cmk';
import awsDaxClusterEndpointWithoutTls from '../aws/dax-cluster-endpoint-without-tls';
import awsDaxClusterUnencrypted from '../aws/dax-cluster-unencrypted';
import awsDmsEndpointSslDisabled from '../aws/dms-endpoint-ssl-disabled';
import awsDmsEndpointSslModeUnset from '../aws/dms-endpoint-ssl-mode-unset';
import awsDmsEndpointWithoutCmk from '../aws/dms-endpoint-without-cmk';
import awsDmsReplicationInstanceAutoMinorUpgradeDisabled from '../aws/dms-replication-instance-auto-minor-upgrade-disabled';
import awsDmsReplicationInstancePublic from '../aws/dms-replication-instance-public';
import awsDmsReplicationInstanceSingleAz from '../aws/dms-replication-instance-single-az';
import awsDmsReplicationInstanceWithoutCmk from '../aws/dms-replication-instance-without-cmk';
import awsDmsS3EndpointSslDisabled from '../aws/dms-s3-endpoint-ssl-disabled';
import awsDmsS3EndpointWithoutCmk from '../aws/dms-s3-endpoint-without-cmk';
import awsEbsVolumeNotBackedUp from '../aws/ebs-volume-not-backed-up';
import awsEfsFileSystemNotBackedUp from '../aws/efs-file-system-not-backed-up';
import awsGlacierVaultPolicyPublic from '../aws/glacier-vault-policy-public';
import awsGlueCatalogConnectionPasswordsUnencrypted from '../aws/glue-catalog-connection-passwords-unencrypted';
import awsGlueCatalogUnencrypted from '../aws/glue-catalog-unencrypted';
import awsGlueSecurityConfigurationCloudwatchUnencrypted from '../aws/glue-security-configuration-cloudwatch-unencrypted';
import awsGlueSecurityConfigurationJobBookmarksUnencrypted from '../aws/glue-security-configuration-job-bookmarks-unencrypted';
import awsGlueSecurityConfigurationMissing from '../aws/glue-security-configuration-missing';
import awsGlueSecurityConfigurationS3Unencrypted from '../aws/glue-security-configuration-s3-unencrypted';
import awsImagebuilderComponentWithoutCmk from '../aws/imagebuilder-component-without-cmk';
import awsImagebuilderDistributionWithoutCmk from '../aws/imagebuilder-distribution-without-cmk';
import awsImagebuilderRecipeVolumeWithoutCmk from '../aws/imagebuilder-recipe-volume-without-cmk';
import awsRdsClusterNotBackedUp from '../aws/rds-cluster-not-backed-up';

export const SERVICE_RULES: readonly Rule[] = [
  awsAppsyncCacheUnencryptedAtRest,
  awsAppsyncCacheUnencryptedInTransit,
  awsAppsyncFieldLogsDisabled,
  awsAppsyncLoggingDisabled,
  awsAppsyncWafMissing,
  awsBackupVaultWithoutCmk,
  awsBatchJobPrivilegedContainer,
  awsCloudsearchHttpsNotEnforced,
  awsCloudsearchOutdatedTls,
  awsCodepipelineArtifactsWithoutCmk,
  awsCognitoIdentityPoolUnauthenticatedAccess,
  awsComprehendEntityRecognizerModelWithoutCmk,
  awsComprehendEntityRecognizerVolumeWithoutCmk,
  awsDaxClusterEndpointWithoutTls,
  awsDaxClusterUnencrypted,
  awsDmsEndpointSslDisabled,
  awsDmsEndpointSslModeUnset,
  awsDmsEndpointWithoutCmk,
  awsDmsReplicationInstanceAutoMinorUpgradeDisabled,
  awsDmsReplicationInstancePublic,
  awsDmsReplicationInstanceSingleAz,
  awsDmsReplicationInstanceWithoutCmk,
  awsDmsS3EndpointSslDisabled,
  awsDmsS3EndpointWithoutCmk,
  awsEbsVolumeNotBackedUp,
  awsEfsFileSystemNotBackedUp,
  awsGlacierVaultPolicyPublic,
  awsGlueCatalogConnectionPasswordsUnencrypted,
  awsGlueCatalogUnencrypted,
  awsGlueSecurityConfigurationCloudwatchUnencrypted,
  awsGlueSecurityConfigurationJobBookmarksUnencrypted,
  awsGlueSecurityConfigurationMissing,
  awsGlueSecurityConfigurationS3Unencrypted,
  awsImagebuilderComponentWithoutCmk,
  awsImagebuilderDistributionWithoutCmk,
  awsImagebuilderRecipeVolumeWithoutCmk,
  awsRdsClusterNotBackedUp,
];
