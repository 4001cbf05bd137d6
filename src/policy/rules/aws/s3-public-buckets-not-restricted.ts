import { defineRule } from '../../rule';
import { checkPublicAccessBlockSetting } from './s3-public-access-block-setting';

/** A bucket or account public access block whose `restrict_public_buckets` is false or not set. */
export default defineRule({
  id: 'aws-s3-public-buckets-not-restricted',
  title: 'S3 public access block does not restrict public buckets',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  docs: {
    why: 'With restrict_public_buckets off, a bucket whose policy is already public stays reachable by anyone and by every AWS account: only restricting public buckets limits access to AWS services and the owner account.',
    fix: 'Set restrict_public_buckets = true (and the other three Block Public Access settings with it). Serve intentionally public content through CloudFront with an origin access control instead.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  },
  equivalents: { checkov: ['CKV_AWS_56'], trivy: ['AVD-AWS-0093'], tfsec: ['aws-s3-no-public-buckets'] },
  fix: 'safe',
  check: checkPublicAccessBlockSetting('restrict_public_buckets', 'a public bucket policy already in place still grants access to anyone'),
});
