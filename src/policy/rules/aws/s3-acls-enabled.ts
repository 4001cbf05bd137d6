import { defineRule } from '../../rule';
import type { Value } from '../../../terraform';

function sameBucket(a: Value | undefined, b: Value | undefined): boolean {
  if (!a || !b) return false;
  if (a.kind === 'string' && b.kind === 'string') return a.value === b.value;
  if (a.kind === 'unknown' && b.kind === 'unknown') return a.source !== undefined && a.source === b.source;
  return false;
}

/**
 * Ownership controls that keep ACLs in force (`BucketOwnerPreferred`, `ObjectWriter`). The fix
 * switches to `BucketOwnerEnforced`; it is not offered when an `aws_s3_bucket_acl` of the same
 * bucket shows ACLs are in use.
 */
export default defineRule({
  id: 'aws-s3-acls-enabled',
  title: 'S3 object ownership keeps ACLs enabled',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket_ownership_controls'],
  docs: {
    why: 'With ACLs enabled, every object can carry its own grants, so access can no longer be understood from bucket and IAM policies alone, and with ObjectWriter, objects uploaded by other accounts stay owned by them. AWS recommends disabling ACLs (BucketOwnerEnforced), the default for new buckets since April 2023.',
    fix: 'Set object_ownership = "BucketOwnerEnforced" and grant access with bucket policies. Before switching, move any ACL-based grants (such as log delivery for CloudFront standard logs) to policies.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-ownership-migrating-acls-prerequisites.html',
    ],
  },
  equivalents: { checkov: ['CKV2_AWS_65'] },
  fix: 'unsafe',
  check({ resource, graph, report, fix }) {
    const rule = resource.blocks('rule')[0];
    const ownership = rule?.attr('object_ownership');
    if (!rule || !ownership || ownership.value.kind !== 'string' || ownership.value.value === 'BucketOwnerEnforced') return;
    const bucket = resource.attr('bucket')?.value;
    const aclInUse = graph.ofType('aws_s3_bucket_acl').some((a) => sameBucket(a.attr('bucket')?.value, bucket));
    report({
      at: ownership,
      message: `object_ownership is "${ownership.value.value}": ACLs stay in force${aclInUse ? ' (an aws_s3_bucket_acl of this bucket uses them)' : ''}, so object-level grants can bypass the bucket policy.`,
      fixes: aclInUse ? [] : [{ title: 'Disable ACLs (object_ownership = "BucketOwnerEnforced")', edits: fix.set(rule, 'object_ownership', '"BucketOwnerEnforced"') }],
    });
  },
});
