import { defineRule } from '../../rule';
import { checkPublicAccessBlockSetting } from './s3-public-access-block-setting';

/** A bucket or account public access block whose `block_public_policy` is false or not set. */
export default defineRule({
  id: 'aws-s3-public-policy-not-blocked',
  title: 'S3 public access block lets public bucket policies be set',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  docs: {
    why: 'With block_public_policy off, S3 accepts a bucket policy that grants access to everyone: a policy edited for a quick test or copied from an example makes every object public.',
    fix: 'Set block_public_policy = true (and the other three Block Public Access settings with it). Serve intentionally public content through CloudFront with an origin access control instead.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  },
  equivalents: { checkov: ['CKV_AWS_54'], trivy: ['AVD-AWS-0087'], tfsec: ['aws-s3-block-public-policy'] },
  fix: 'safe',
  check: checkPublicAccessBlockSetting('block_public_policy', 'a bucket policy granting public access is accepted'),
});
