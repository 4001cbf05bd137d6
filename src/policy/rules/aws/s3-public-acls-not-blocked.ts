import { defineRule } from '../../rule';
import { checkPublicAccessBlockSetting } from './s3-public-access-block-setting';

/** A bucket or account public access block whose `block_public_acls` is false or not set. */
export default defineRule({
  id: 'aws-s3-public-acls-not-blocked',
  title: 'S3 public access block lets public ACLs be set',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  docs: {
    why: 'With block_public_acls off, S3 accepts PUT requests that set a public ACL on the bucket or an object: one upload with --acl public-read, by a person or a misconfigured tool, publishes the data.',
    fix: 'Set block_public_acls = true (and the other three Block Public Access settings with it). Serve intentionally public content through CloudFront with an origin access control instead.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  },
  equivalents: { checkov: ['CKV_AWS_53'], trivy: ['AVD-AWS-0086'], tfsec: ['aws-s3-block-public-acls'] },
  fix: 'safe',
  check: checkPublicAccessBlockSetting('block_public_acls', 'new public ACLs on the bucket and its objects are accepted'),
});
