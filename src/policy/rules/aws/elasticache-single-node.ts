import { defineRule } from '../../rule';

/** Standalone Redis OSS or Valkey cache clusters: one node, no replica, no failover. */
export default defineRule({
  id: 'aws-elasticache-single-node',
  title: 'ElastiCache Redis runs as a single node',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_elasticache_cluster'],
  docs: {
    why: 'An aws_elasticache_cluster running Redis OSS or Valkey always has exactly one node: when it fails or is patched, the cache is unavailable and its contents are lost, and every request falls through to the database at once.',
    fix: 'Use aws_elasticache_replication_group with num_cache_clusters = 2 or more, automatic_failover_enabled = true and multi_az_enabled = true for caches the application depends on.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Replication.html'],
  },
  check({ resource, report }) {
    if (resource.attr('replication_group_id')) return;
    const engine = resource.attr('engine');
    if (!engine || engine.value.kind !== 'string' || (engine.value.value !== 'redis' && engine.value.value !== 'valkey')) return;
    report({ at: engine, message: `This ${engine.value.value === 'redis' ? 'Redis OSS' : 'Valkey'} cache is a single node with no replica: a node failure or patch makes it unavailable and empties it.` });
  },
});
