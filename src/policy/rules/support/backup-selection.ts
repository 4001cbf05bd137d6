/**
 * Whether AWS Backup covers a resource in this configuration: an `aws_backup_selection` lists it in
 * `resources` (by reference or by its ARN written out). A selection that picks resources by tag
 * (`selection_tag`, `condition`), by a wildcard ARN or by a list known only after apply may cover it:
 * the answer is then undefined, and a rule stays silent.
 */
import type { Graph, ResourceView } from '../../resource-view';

export function backedUp(resource: ResourceView, graph: Graph): boolean | undefined {
  const arn = resource.attr('arn')?.value;
  let maybe = false;
  for (const s of graph.ofType('aws_backup_selection')) {
    if (s.blocks('selection_tag').length > 0 || s.hasUnknownBlocks('selection_tag') || s.blocks('condition').length > 0 || s.hasUnknownBlocks('condition')) maybe = true;
    const list = s.attr('resources')?.value;
    if (!list) continue;
    if (list.kind !== 'list') {
      maybe = true;
      continue;
    }
    for (const item of list.items) {
      if (item.kind === 'string') {
        if (arn?.kind === 'string' && item.value === arn.value) return true;
        if (item.value.includes('*')) maybe = true;
      } else if (item.kind === 'unknown') {
        if (item.source?.startsWith(`${resource.address}.`)) return true;
        if (!item.source?.startsWith(`${resource.resourceType}.`)) maybe = true;
      }
    }
  }
  return maybe ? undefined : false;
}
