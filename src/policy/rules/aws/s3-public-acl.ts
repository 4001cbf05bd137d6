import { defineRule } from '../../rule';

const PUBLIC = new Set(['public-read', 'public-read-write', 'authenticated-read']);

/**
 * A canned ACL that grants everyone (or every AWS account) access to a bucket's objects. Checks
 * the `acl` of the v4+ `aws_s3_bucket_acl` resource and the deprecated `acl` argument of
 * `aws_s3_bucket`.
 */
export default defineRule({
  id: 'aws-s3-public-acl',
  title: 'S3 bucket ACL grants public access',
  severity: 'error',
  category: 'security',
  targets: ['aws_s3_bucket', 'aws_s3_bucket_acl'],
  docs: {
    why: 'A public-read or public-read-write canned ACL lets anyone on the internet list or change the objects in the bucket. Most S3 data leaks start with a public ACL set for convenience.',
    fix: 'Use the "private" canned ACL (or none: buckets are private by default) and serve public content through CloudFront with an origin access control.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_20', 'CKV_AWS_57'], trivy: ['AVD-AWS-0092'], tfsec: ['aws-s3-no-public-access-with-acl'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const acl = resource.attr('acl');
    if (!acl || acl.value.kind !== 'string' || !PUBLIC.has(acl.value.value)) return;
    report({
      at: acl,
      message: `The "${acl.value.value}" ACL makes this bucket's objects readable${acl.value.value === 'public-read-write' ? ' and writable' : ''} by ${acl.value.value === 'authenticated-read' ? 'every AWS account' : 'anyone'}.`,
      fixes: [{ title: 'Use the "private" ACL', edits: fix.set(resource, 'acl', '"private"') }],
    });
  },
});
