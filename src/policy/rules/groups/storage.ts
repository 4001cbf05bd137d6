/** Storage and audit rules: S3, EBS, KMS, CloudTrail, VPC flow logs, credentials in code. Sorted by id. */
import type { Rule } from '../../rule';
import awsCloudtrailBucketAccessLoggingDisabled from '../aws/cloudtrail-bucket-access-logging-disabled';
import awsCloudtrailBucketPublicAcl from '../aws/cloudtrail-bucket-public-acl';
import awsConfigAggregatorNotAllRegions from '../aws/config-aggregator-not-all-regions';
import awsEbsVolumeWithoutCmk from '../aws/ebs-volume-without-cmk';
import awsEfsUnencrypted from '../aws/efs-unencrypted';
import awsProviderHardcodedCredentials from '../aws/provider-hardcoded-credentials';
import awsS3MfaDeleteDisabled from '../aws/s3-mfa-delete-disabled';
import awsS3ObjectReadEventsNotLogged from '../aws/s3-object-read-events-not-logged';
import awsS3ObjectWriteEventsNotLogged from '../aws/s3-object-write-events-not-logged';
import awsVariableDefaultSecret from '../aws/variable-default-secret';
import awsCloudtrailGlobalEventsExcluded from '../aws/cloudtrail-global-events-excluded';
import awsCloudtrailLogValidationDisabled from '../aws/cloudtrail-log-validation-disabled';
import awsCloudtrailLoggingDisabled from '../aws/cloudtrail-logging-disabled';
import awsCloudtrailSingleRegion from '../aws/cloudtrail-single-region';
import awsCloudtrailWithoutCloudwatchLogs from '../aws/cloudtrail-without-cloudwatch-logs';
import awsCloudtrailWithoutCmk from '../aws/cloudtrail-without-cmk';
import awsDefaultVpcInUse from '../aws/default-vpc-in-use';
import awsEbsEncryptionByDefaultDisabled from '../aws/ebs-encryption-by-default-disabled';
import awsEbsSnapshotCopyUnencrypted from '../aws/ebs-snapshot-copy-unencrypted';
import awsEbsVolumeGp2 from '../aws/ebs-volume-gp2';
import awsEbsVolumeUnencrypted from '../aws/ebs-volume-unencrypted';
import awsHardcodedAccessKey from '../aws/hardcoded-access-key';
import awsHardcodedPassword from '../aws/hardcoded-password';
import awsKmsKeyPolicyPublicPrincipal from '../aws/kms-key-policy-public-principal';
import awsKmsKeyRotationDisabled from '../aws/kms-key-rotation-disabled';
import awsKmsKeyShortDeletionWindow from '../aws/kms-key-short-deletion-window';
import awsNetworkAclOpenAdminPorts from '../aws/network-acl-open-admin-ports';
import awsS3AccessLoggingDisabled from '../aws/s3-access-logging-disabled';
import awsS3AclPublicGrant from '../aws/s3-acl-public-grant';
import awsS3AclsEnabled from '../aws/s3-acls-enabled';
import awsS3BucketForceDestroy from '../aws/s3-bucket-force-destroy';
import awsS3BucketInsecureTransport from '../aws/s3-bucket-insecure-transport';
import awsS3BucketPolicyPublicPrincipal from '../aws/s3-bucket-policy-public-principal';
import awsS3CorsWildcardWrite from '../aws/s3-cors-wildcard-write';
import awsS3EncryptionWithoutCmk from '../aws/s3-encryption-without-cmk';
import awsS3LogBucketLifecycleMissing from '../aws/s3-log-bucket-lifecycle-missing';
import awsS3PublicAccessBlockMissing from '../aws/s3-public-access-block-missing';
import awsS3PublicAcl from '../aws/s3-public-acl';
import awsS3PublicAclsNotBlocked from '../aws/s3-public-acls-not-blocked';
import awsS3PublicAclsNotIgnored from '../aws/s3-public-acls-not-ignored';
import awsS3PublicBucketsNotRestricted from '../aws/s3-public-buckets-not-restricted';
import awsS3PublicPolicyNotBlocked from '../aws/s3-public-policy-not-blocked';
import awsS3VersioningDisabled from '../aws/s3-versioning-disabled';
import awsSecretsmanagerRecoveryWindowZero from '../aws/secretsmanager-recovery-window-zero';
import awsSecretsmanagerRotationMissing from '../aws/secretsmanager-rotation-missing';
import awsSecretsmanagerSecretWithoutCmk from '../aws/secretsmanager-secret-without-cmk';
import awsSubnetPublicIpOnLaunch from '../aws/subnet-public-ip-on-launch';
import awsVpcFlowLogsMissing from '../aws/vpc-flow-logs-missing';

export const STORAGE_RULES: readonly Rule[] = [
  awsCloudtrailBucketAccessLoggingDisabled,
  awsCloudtrailBucketPublicAcl,
  awsCloudtrailGlobalEventsExcluded,
  awsCloudtrailLogValidationDisabled,
  awsCloudtrailLoggingDisabled,
  awsCloudtrailSingleRegion,
  awsCloudtrailWithoutCloudwatchLogs,
  awsCloudtrailWithoutCmk,
  awsConfigAggregatorNotAllRegions,
  awsDefaultVpcInUse,
  awsEbsEncryptionByDefaultDisabled,
  awsEbsSnapshotCopyUnencrypted,
  awsEbsVolumeGp2,
  awsEbsVolumeUnencrypted,
  awsEbsVolumeWithoutCmk,
  awsEfsUnencrypted,
  awsHardcodedAccessKey,
  awsHardcodedPassword,
  awsKmsKeyPolicyPublicPrincipal,
  awsKmsKeyRotationDisabled,
  awsKmsKeyShortDeletionWindow,
  awsNetworkAclOpenAdminPorts,
  awsProviderHardcodedCredentials,
  awsS3AccessLoggingDisabled,
  awsS3AclPublicGrant,
  awsS3AclsEnabled,
  awsS3BucketForceDestroy,
  awsS3BucketInsecureTransport,
  awsS3BucketPolicyPublicPrincipal,
  awsS3CorsWildcardWrite,
  awsS3EncryptionWithoutCmk,
  awsS3LogBucketLifecycleMissing,
  awsS3MfaDeleteDisabled,
  awsS3ObjectReadEventsNotLogged,
  awsS3ObjectWriteEventsNotLogged,
  awsS3PublicAccessBlockMissing,
  awsS3PublicAcl,
  awsS3PublicAclsNotBlocked,
  awsS3PublicAclsNotIgnored,
  awsS3PublicBucketsNotRestricted,
  awsS3PublicPolicyNotBlocked,
  awsS3VersioningDisabled,
  awsSecretsmanagerRecoveryWindowZero,
  awsSecretsmanagerRotationMissing,
  awsSecretsmanagerSecretWithoutCmk,
  awsSubnetPublicIpOnLaunch,
  awsVariableDefaultSecret,
  awsVpcFlowLogsMissing,
];
