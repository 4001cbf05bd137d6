/**
 * Whether CloudTrail records a bucket's object-level reads or writes (S3 data events), for the two
 * object logging rules: some trail's `event_selector` with a `data_resource` of type
 * AWS::S3::Object naming all buckets ("arn:aws:s3", "arn:aws:s3:::") or this bucket
 * ("arn:aws:s3:::<name>/"), or an `advanced_event_selector` selecting AWS::S3::Object events of
 * every bucket or this one, and a read/write type that includes the kind asked for. Undefined
 * when that cannot be known before apply (the bucket's name, a trail's selectors).
 */
import type { BlockView, Graph, ResourceView } from '../../resource-view';
import { stringsOf } from '../support/policy-document';

export type ObjectEvents = 'read' | 'write';

export function objectEventsLogged(bucket: ResourceView, graph: Graph, kind: ObjectEvents): boolean | undefined {
  const name = bucket.attr('bucket')?.value;
  if (name?.kind !== 'string') return undefined;
  const covers = (arn: string): boolean => arn === 'arn:aws:s3' || arn === 'arn:aws:s3:::' || arn === `arn:aws:s3:::${name.value}/`;
  let unsure = false;
  for (const trail of graph.ofType('aws_cloudtrail')) {
    if (trail.hasUnknownBlocks('event_selector') || trail.hasUnknownBlocks('advanced_event_selector')) {
      unsure = true;
      continue;
    }
    for (const selector of trail.blocks('event_selector')) {
      const type = selector.attr('read_write_type')?.value;
      if (type && type.kind !== 'string') { unsure = true; continue; }
      const rw = type?.kind === 'string' ? type.value : 'All';
      if (rw === (kind === 'read' ? 'WriteOnly' : 'ReadOnly')) continue;
      for (const data of selector.blocks('data_resource')) {
        const t = data.attr('type')?.value;
        if (t?.kind !== 'string' || t.value !== 'AWS::S3::Object') continue;
        const values = stringsOf(data.attr('values')?.value);
        if (values.values.some(covers)) return true;
        if (!values.complete) unsure = true;
      }
    }
    for (const selector of trail.blocks('advanced_event_selector')) {
      const verdict = advancedCovers(selector, kind, name.value);
      if (verdict === true) return true;
      if (verdict === undefined) unsure = true;
    }
  }
  return unsure ? undefined : false;
}

/** An advanced event selector's verdict: its field selectors, each an `equals`/`starts_with` on a field. */
function advancedCovers(selector: BlockView, kind: ObjectEvents, bucket: string): boolean | undefined {
  let category = false;
  let type = false;
  let arnOk = true;
  for (const field of selector.blocks('field_selector')) {
    const f = field.attr('field')?.value;
    if (f?.kind !== 'string') return undefined;
    const equals = stringsOf(field.attr('equals')?.value);
    const startsWith = stringsOf(field.attr('starts_with')?.value);
    if (!equals.complete || !startsWith.complete) return undefined;
    if (f.value === 'eventCategory') category = equals.values.includes('Data');
    else if (f.value === 'resources.type') type = equals.values.includes('AWS::S3::Object');
    else if (f.value === 'readOnly') {
      if (equals.values.length > 0 && !equals.values.includes(kind === 'read' ? 'true' : 'false')) return false;
    } else if (f.value === 'resources.ARN') {
      const prefixes = [...startsWith.values, ...equals.values];
      arnOk = prefixes.some((p) => p === 'arn:aws:s3:::' || `arn:aws:s3:::${bucket}/`.startsWith(p));
    } else if (field.attr('not_equals') || field.attr('not_starts_with') || field.attr('ends_with') || field.attr('not_ends_with')) return undefined;
  }
  return category && type && arnOk;
}
