/** Storage and audit rules: S3, EBS, KMS, CloudTrail, VPC flow logs, credentials in code. Sorted by id. */
import type { Rule } from '../../rule';
import awsS3BucketInsecureTransport from '../aws/s3-bucket-insecure-transport';
import awsS3BucketPolicyPublicPrincipal from '../aws/s3-bucket-policy-public-principal';
import awsS3PublicAccessBlockDisabled from '../aws/s3-public-access-block-disabled';
import awsS3PublicAccessBlockMissing from '../aws/s3-public-access-block-missing';
import awsS3PublicAcl from '../aws/s3-public-acl';

export const STORAGE_RULES: readonly Rule[] = [
  awsS3BucketInsecureTransport,
  awsS3BucketPolicyPublicPrincipal,
  awsS3PublicAccessBlockDisabled,
  awsS3PublicAccessBlockMissing,
  awsS3PublicAcl,
];
