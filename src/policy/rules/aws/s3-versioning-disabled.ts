import { defineRule } from '../../rule';
import { companionsOf } from './s3-companions';

/**
 * Buckets without versioning: no `aws_s3_bucket_versioning` (nor a legacy `versioning` block
 * enabling it), or a versioning resource whose status is "Suspended" or "Disabled".
 */
export default defineRule({
  id: 'aws-s3-versioning-disabled',
  title: 'S3 bucket versioning not enabled',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_s3_bucket', 'aws_s3_bucket_versioning'],
  docs: {
    why: 'Without versioning, an overwrite or delete (a buggy deploy, a compromised key, ransomware) destroys the only copy of an object. Versioning keeps the previous versions so they can be restored, and is required for S3 replication and Object Lock.',
    fix: 'Add an aws_s3_bucket_versioning with versioning_configuration { status = "Enabled" }, and a lifecycle rule expiring noncurrent versions after a retention period so storage does not grow without bound.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_versioning',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_21'], trivy: ['AVD-AWS-0090'], tfsec: ['aws-s3-enable-versioning'] },
  fix: 'unsafe',
  check({ resource, graph, report, fix }) {
    if (resource.resourceType === 'aws_s3_bucket_versioning') {
      const config = resource.blocks('versioning_configuration')[0];
      const status = config?.attr('status');
      if (!config || !status || status.value.kind !== 'string' || status.value.value === 'Enabled') return;
      report({
        at: status,
        message: `Versioning status is "${status.value.value}": overwritten and deleted objects cannot be recovered.`,
        fixes: [{ title: 'Enable versioning (status = "Enabled")', edits: fix.set(config, 'status', '"Enabled"') }],
      });
      return;
    }
    const legacy = resource.blocks('versioning')[0];
    if (legacy) {
      const enabled = legacy.attr('enabled');
      if (!enabled || enabled.value.kind !== 'bool' || enabled.value.value) return;
      report({ at: enabled, message: 'versioning { enabled = false }: overwritten and deleted objects cannot be recovered.' });
      return;
    }
    const { found, unsure } = companionsOf(resource, graph, 'aws_s3_bucket_versioning');
    if (found.length > 0 || unsure) return;
    const single = resource.instance.key === undefined && !resource.instance.expansionUnknown;
    const companion = `resource "aws_s3_bucket_versioning" "${resource.name}" {
  bucket = aws_s3_bucket.${resource.name}.id

  versioning_configuration {
    status = "Enabled"
  }
}`;
    report({
      at: resource,
      message: 'No aws_s3_bucket_versioning enables versioning: overwritten and deleted objects cannot be recovered.',
      fixes: single ? [{ title: 'Add an aws_s3_bucket_versioning enabling versioning', edits: fix.addAfter(resource, companion) }] : [],
    });
  },
});
