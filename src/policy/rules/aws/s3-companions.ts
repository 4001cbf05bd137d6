/**
 * Finds the v4+ companion resources of an S3 bucket (`aws_s3_bucket_versioning`,
 * `aws_s3_bucket_logging`, ...) and says when their absence cannot be decided: a companion whose
 * `bucket` is known only after apply and does not visibly point at a bucket resource might be
 * this bucket's.
 */
import type { Graph, ResourceView } from '../../resource-view';

export interface Companions {
  /** The companions that point at the bucket (by reference or by its name). */
  readonly found: readonly ResourceView[];
  /** None found, but one of that type has a `bucket` we cannot match (from a module input, say). */
  readonly unsure: boolean;
}

/** Companions of `type` whose `attr` (default `bucket`) names `bucket`. */
export function companionsOf(bucket: ResourceView, graph: Graph, type: string, attr = 'bucket'): Companions {
  const found = graph.referencing(bucket, type, attr, 'bucket');
  if (found.length > 0) return { found, unsure: false };
  const unsure = graph.ofType(type).some((r) => {
    const v = r.attr(attr)?.value;
    return v?.kind === 'unknown' && !(v.source && /(^|\.)aws_s3_bucket\.[^.]+/.test(v.source));
  });
  return { found, unsure };
}
