import { defineRule } from '../../rule';
import type { Graph } from '../../resource-view';
import { companionsOf } from './s3-companions';

const SETTINGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'] as const;

/** An account-level public access block in this configuration with all four settings on. */
function accountBlocksAll(graph: Graph): boolean {
  return graph.ofType('aws_s3_account_public_access_block').some((r) => SETTINGS.every((s) => {
    const v = r.attr(s)?.value;
    return v?.kind === 'bool' && v.value;
  }));
}

/**
 * A bucket with no `aws_s3_bucket_public_access_block` of its own (and no account-wide block with
 * all four settings in the same configuration). The fix adds the companion resource.
 */
export default defineRule({
  id: 'aws-s3-public-access-block-missing',
  title: 'S3 bucket without a public access block',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket'],
  docs: {
    why: 'S3 Block Public Access is the guard that stops a later ACL or bucket policy from making the bucket public. New buckets have it on since April 2023, but when the configuration does not declare it, nothing in code review or drift detection notices when someone turns it off.',
    fix: 'Add an aws_s3_bucket_public_access_block for the bucket with block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets all true (or manage an aws_s3_account_public_access_block for the whole account).',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_public_access_block',
    ],
  },
  equivalents: { checkov: ['CKV2_AWS_6'], trivy: ['AVD-AWS-0094'], tfsec: ['aws-s3-specify-public-access-block'] },
  fix: 'unsafe',
  check({ resource, graph, report, fix }) {
    const { found, unsure } = companionsOf(resource, graph, 'aws_s3_bucket_public_access_block');
    if (found.length > 0 || unsure || accountBlocksAll(graph)) return;
    const single = resource.instance.key === undefined && !resource.instance.expansionUnknown;
    const companion = `resource "aws_s3_bucket_public_access_block" "${resource.name}" {
  bucket = aws_s3_bucket.${resource.name}.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}`;
    report({
      at: resource,
      message: 'No aws_s3_bucket_public_access_block manages this bucket, so nothing in the configuration keeps ACLs and bucket policies from making it public.',
      fixes: single ? [{ title: 'Add an aws_s3_bucket_public_access_block blocking all public access', edits: fix.addAfter(resource, companion) }] : [],
    });
  },
});
