import { defineRule } from '../../rule';

/**
 * Redis OSS and Valkey caches that keep no automatic snapshots: replication groups, and standalone
 * aws_elasticache_cluster nodes (members of a replication group take the group's setting). Memcached
 * has no snapshots, and neither have cache.t1.micro nodes.
 */
export default defineRule({
  id: 'aws-elasticache-snapshots-disabled',
  title: 'ElastiCache automatic snapshots are off',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_elasticache_replication_group', 'aws_elasticache_cluster'],
  docs: {
    why: 'With snapshot_retention_limit = 0 (the default) ElastiCache keeps no daily backup: when Redis is used as a data store rather than a pure cache (queues, sessions, leaderboards), a failed node, a bad FLUSHALL or a deleted cluster loses that data for good.',
    fix: 'Set snapshot_retention_limit to the number of days to keep (1 to 35) and a snapshot_window outside peak hours. Snapshot storage beyond one per node is billed.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/backups-automatic.html'],
  },
  // Trivy's check reads engine "redis" only; Valkey (a later Redis OSS fork) is the same risk
  equivalents: { trivy: ['AVD-AWS-0050'], tfsec: ['aws-elasticache-enable-backup-retention'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const nodeType = resource.get('node_type');
    if (nodeType?.kind === 'string' && nodeType.value === 'cache.t1.micro') return;
    if (resource.resourceType === 'aws_elasticache_cluster') {
      if (resource.attr('replication_group_id')) return;
      const engine = resource.get('engine');
      if (engine?.kind !== 'string' || engine.value === 'memcached') return;
    } else {
      const engine = resource.get('engine');
      if (engine?.kind === 'string' && engine.value === 'memcached') return;
    }
    const limit = resource.attr('snapshot_retention_limit');
    if (limit && (limit.value.kind !== 'number' || limit.value.value > 0)) return;
    report({
      at: limit ?? resource,
      message: `${limit ? 'snapshot_retention_limit is 0' : 'snapshot_retention_limit is not set (default 0)'}: no automatic snapshots are taken, so data in the cache cannot be restored.`,
      fixes: [{ title: 'Keep daily snapshots for 7 days (billed beyond one per node)', edits: fix.set(resource, 'snapshot_retention_limit', '7') }],
    });
  },
});
