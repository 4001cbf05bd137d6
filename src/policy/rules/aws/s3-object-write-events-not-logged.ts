import { defineRule } from '../../rule';
import { objectEventsLogged } from './s3-object-data-events';

/**
 * Buckets whose object-level write operations no CloudTrail trail in the configuration records as
 * data events. Silent when a trail's selectors or the bucket's name are known only after apply.
 */
export default defineRule({
  id: 'aws-s3-object-write-events-not-logged',
  title: 'S3 object write events are not logged by CloudTrail',
  severity: 'info',
  category: 'security',
  targets: ['aws_s3_bucket'],
  docs: {
    why: 'CloudTrail records management events by default but not data events: PutObject, DeleteObject and the other object writes on the bucket go unrecorded, so after a leak or a deletion nobody can tell who overwrote or deleted which objects, from where, with which credentials (CIS AWS Foundations 3.10). Data events are billed per event; an organization trail elsewhere may already record them.',
    fix: 'Add to a trail an event_selector { read_write_type = "WriteOnly" or "All", data_resource { type = "AWS::S3::Object", values = ["arn:aws:s3:::<bucket>/"] } } (or "arn:aws:s3" for every bucket), or the equivalent advanced_event_selector.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-cloudtrail-logging-for-s3.html', 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0171'], tfsec: ['aws-s3-enable-object-write-logging'] },
  check({ resource, graph, report }) {
    if (objectEventsLogged(resource, graph, 'write') !== false) return;
    report({ at: resource, message: 'No CloudTrail trail in this configuration records object-level write events (S3 data events) for this bucket: who overwrote or deleted which objects is not recorded.' });
  },
});
