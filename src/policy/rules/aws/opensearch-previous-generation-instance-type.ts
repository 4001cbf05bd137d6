import { defineRule } from '../../rule';
import { OPENSEARCH_PREVIOUS, splitSearch } from './previous-generation-classes';

/**
 * OpenSearch and Elasticsearch domains whose data nodes (`cluster_config.instance_type`) or dedicated
 * masters (`dedicated_master_type`) use previous-generation types (t2, m3, m4, c4, r3, r4, i2).
 */
export default defineRule({
  id: 'aws-opensearch-previous-generation-instance-type',
  title: 'Previous-generation OpenSearch instance type',
  severity: 'info',
  category: 'cost',
  targets: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  docs: {
    why: 'Previous-generation OpenSearch instance types cost the same or more per hour than their successors (t3, m5, c5, r5, i3) for less CPU and storage throughput, and newer OpenSearch versions and features (UltraWarm, auto-tune, gp3 volumes) are not offered on them.',
    fix: 'Move to the successor type of the same size (m4.large.search to m5.large.search), or to Graviton types (m7g, r7g, or6g). OpenSearch applies the change with a blue/green deployment: the domain stays available but the change takes a while on large domains.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/supported-instance-types.html'],
  },
  // unsafe: a blue/green deployment copies every shard
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const config = resource.blocks('cluster_config')[0];
    if (!config) return;
    for (const attr of [config.attr('instance_type'), config.attr('dedicated_master_type')]) {
      if (!attr || attr.value.kind !== 'string') continue;
      const split = splitSearch(attr.value.value);
      const older = split && OPENSEARCH_PREVIOUS[split.family];
      if (!split || !older) continue;
      const target = older.sizes.includes(split.size) ? `${older.successor}.${split.size}.${split.suffix}` : undefined;
      report({
        at: attr,
        message: `${attr.value.value} is a previous-generation instance type: ${target ?? older.successor} gives more for the same or a lower price.`,
        fixes: target ? [{ title: `Use ${target}`, edits: fix.set(config, attr.name, JSON.stringify(target)) }] : [],
      });
    }
  },
});
