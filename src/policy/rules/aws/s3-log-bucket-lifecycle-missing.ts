import { defineRule } from '../../rule';
import { companionsOf } from './s3-companions';
import { logBucketReason } from './s3-log-bucket';

/** Log buckets (by name, tag, or as a log destination) with no lifecycle configuration. */
export default defineRule({
  id: 'aws-s3-log-bucket-lifecycle-missing',
  title: 'S3 log bucket without lifecycle rules',
  severity: 'warning',
  category: 'cost',
  targets: ['aws_s3_bucket'],
  docs: {
    why: 'Access logs, CloudTrail and load balancer logs arrive every minute and are rarely read after a few months. Without a lifecycle rule they stay in S3 Standard forever, and the bill grows every month with data nobody uses.',
    fix: 'Add an aws_s3_bucket_lifecycle_configuration that moves logs to a colder storage class (STANDARD_IA, GLACIER_IR) after 30 to 90 days and expires them after your retention period.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket_lifecycle_configuration',
    ],
  },
  equivalents: { checkov: ['CKV2_AWS_61'] },
  check({ resource, graph, report }) {
    const reason = logBucketReason(resource, graph);
    if (!reason || resource.blocks('lifecycle_rule').length > 0 || resource.hasUnknownBlocks('lifecycle_rule')) return;
    const { found, unsure } = companionsOf(resource, graph, 'aws_s3_bucket_lifecycle_configuration');
    if (found.length > 0 || unsure) return;
    report({ at: resource, message: `This bucket holds logs (${reason}) but has no lifecycle configuration: logs are kept in S3 Standard forever.` });
  },
});
