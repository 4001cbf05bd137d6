/**
 * Whether an S3 bucket holds logs: its name or prefix says so (`acme-access-logs`, `logging-`),
 * a tag says so, or the configuration delivers logs to it (S3 server access logging, CloudTrail).
 */
import type { Value } from '../../../terraform';
import type { Graph, ResourceView } from '../../resource-view';

const LOG_WORD = /(^|[^a-z])(logs?|logging|cloudtrail|audit-?trail|flow-?logs?)([^a-z]|$)/i;

function text(v: Value | undefined): string | undefined {
  return v?.kind === 'string' ? v.value : undefined;
}

/** The reason the bucket counts as a log bucket, or undefined. */
export function logBucketReason(bucket: ResourceView, graph: Graph): string | undefined {
  const name = text(bucket.attr('bucket')?.value) ?? text(bucket.attr('bucket_prefix')?.value);
  if (name && LOG_WORD.test(name)) return `its name "${name}" says it holds logs`;
  const tags = bucket.effectiveTags;
  if (tags.kind === 'object') {
    for (const [k, v] of tags.entries) {
      const t = text(v);
      if ((t && LOG_WORD.test(t)) || LOG_WORD.test(k)) return `its tag ${k}${t ? ` = "${t}"` : ''} says it holds logs`;
    }
  }
  if (graph.referencing(bucket, 'aws_s3_bucket_logging', 'target_bucket', 'bucket').length > 0) return 'S3 server access logs are delivered to it';
  if (graph.referencing(bucket, 'aws_cloudtrail', 's3_bucket_name', 'bucket').length > 0) return 'a CloudTrail trail delivers to it';
  return undefined;
}
