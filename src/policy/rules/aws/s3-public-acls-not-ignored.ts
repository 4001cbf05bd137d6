import { defineRule } from '../../rule';
import { checkPublicAccessBlockSetting } from './s3-public-access-block-setting';

/** A bucket or account public access block whose `ignore_public_acls` is false or not set. */
export default defineRule({
  id: 'aws-s3-public-acls-not-ignored',
  title: 'S3 public access block honours public ACLs',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  docs: {
    why: 'With ignore_public_acls off, public ACLs already set on the bucket or its objects keep granting access: blocking new public ACLs does not close the ones written before.',
    fix: 'Set ignore_public_acls = true (and the other three Block Public Access settings with it). Serve intentionally public content through CloudFront with an origin access control instead.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  },
  equivalents: { checkov: ['CKV_AWS_55'], trivy: ['AVD-AWS-0091'], tfsec: ['aws-s3-ignore-public-acls'] },
  fix: 'safe',
  check: checkPublicAccessBlockSetting('ignore_public_acls', 'public ACLs already on the bucket and its objects still grant access'),
});
