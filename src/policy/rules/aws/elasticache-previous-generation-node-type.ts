import { defineRule } from '../../rule';
import { ELASTICACHE_PREVIOUS, splitPrefixed } from './previous-generation-classes';

/** ElastiCache clusters and replication groups on previous-generation node types (cache.t2, cache.m3/m4, cache.r3/r4, ...). */
export default defineRule({
  id: 'aws-elasticache-previous-generation-node-type',
  title: 'Previous-generation ElastiCache node type',
  severity: 'info',
  category: 'cost',
  targets: ['aws_elasticache_cluster', 'aws_elasticache_replication_group'],
  docs: {
    why: 'Previous-generation cache nodes cost the same or more per hour than current ones (cache.t3, cache.m5, cache.r5) for less memory bandwidth and network throughput, and some features (data tiering, encryption in transit on older engines, Graviton pricing) are only offered on newer types.',
    fix: 'Move to the successor node type of the same size, or to Graviton types (cache.m7g, cache.r7g) for lower prices. Changing the node type of a Redis/Valkey replication group is an online scaling operation; for Memcached it replaces the nodes and empties the cache.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/CacheNodes.SupportedTypes.html'],
  },
  // unsafe: scaling nodes takes time, and for Memcached empties the cache
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const type = resource.attr('node_type');
    if (!type || type.value.kind !== 'string') return;
    const split = splitPrefixed(type.value.value);
    const older = split && ELASTICACHE_PREVIOUS[split.family];
    if (!split || !older) return;
    const target = older.sizes.includes(split.size) ? `${older.successor}.${split.size}` : undefined;
    report({
      at: type,
      message: `${type.value.value} is a previous-generation node type: ${target ?? older.successor} gives more for the same or a lower price.`,
      fixes: target ? [{ title: `Use ${target}`, edits: fix.set(resource, 'node_type', JSON.stringify(target)) }] : [],
    });
  },
});
