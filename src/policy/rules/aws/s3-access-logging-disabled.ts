import { defineRule } from '../../rule';
import { companionsOf } from './s3-companions';
import { logBucketReason } from './s3-log-bucket';

/**
 * Buckets without server access logging (`aws_s3_bucket_logging`, or the legacy `logging` block).
 * Buckets that hold logs themselves are left out: logging them into themselves loops, and their
 * writers are AWS services.
 */
export default defineRule({
  id: 'aws-s3-access-logging-disabled',
  title: 'S3 bucket server access logging not enabled',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket'],
  docs: {
    why: 'Server access logs record every request to the bucket (requester, object, time, result). Without them, or CloudTrail data events, there is no record of who read or deleted data when a leak or an accidental deletion has to be investigated.',
    fix: 'Add an aws_s3_bucket_logging that delivers to a dedicated log bucket (target_bucket) with a target_prefix per source bucket, or enable CloudTrail S3 data events for the bucket.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/logging-with-S3.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_18'], trivy: ['AVD-AWS-0089'], tfsec: ['aws-s3-enable-bucket-logging'] },
  check({ resource, graph, report }) {
    if (resource.blocks('logging').length > 0 || logBucketReason(resource, graph)) return;
    const { found, unsure } = companionsOf(resource, graph, 'aws_s3_bucket_logging');
    if (found.length > 0 || unsure) return;
    report({ at: resource, message: 'No aws_s3_bucket_logging records requests to this bucket: reads and deletions leave no trace outside CloudTrail data events.' });
  },
});
