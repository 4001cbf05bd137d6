import { defineRule } from '../../rule';
import { companionsOf } from './s3-companions';

/**
 * A bucket a CloudTrail trail delivers to (`s3_bucket_name`) without server access logging (the
 * legacy `logging` block or an `aws_s3_bucket_logging`). aws-s3-access-logging-disabled leaves log
 * buckets out; CIS AWS Foundations asks for access logging on the CloudTrail bucket in particular.
 */
export default defineRule({
  id: 'aws-cloudtrail-bucket-access-logging-disabled',
  title: 'CloudTrail log bucket has no access logging',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket'],
  docs: {
    why: 'The CloudTrail bucket is where an intruder goes to read the account\'s history or delete their traces. Server access logs on it record every read, overwrite and delete of the trail files, so tampering with the audit record is itself recorded (CIS AWS Foundations 3.6).',
    fix: 'Add an aws_s3_bucket_logging for the trail bucket delivering to a separate log bucket (target_bucket, with a target_prefix), ideally in a dedicated logging account.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html', 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/best-practices-security.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0163'], tfsec: ['aws-cloudtrail-require-bucket-access-logging'] },
  check({ resource, graph, report }) {
    const trails = graph.referencing(resource, 'aws_cloudtrail', 's3_bucket_name', 'bucket');
    if (trails.length === 0 || resource.blocks('logging').length > 0 || resource.hasUnknownBlocks('logging')) return;
    const { found, unsure } = companionsOf(resource, graph, 'aws_s3_bucket_logging');
    if (found.length > 0 || unsure) return;
    report({ at: resource, message: `This bucket receives the CloudTrail logs of ${trails[0]!.address} but has no server access logging: reads and deletions of the trail files leave no record.` });
  },
});
