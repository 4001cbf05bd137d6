import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';

function num(r: BlockView, name: string): number | undefined {
  const v = r.get(name);
  return v?.kind === 'number' ? v.value : undefined;
}

/** ElastiCache replication groups that have replicas but do not promote one when the primary fails. */
export default defineRule({
  id: 'aws-elasticache-automatic-failover-disabled',
  title: 'ElastiCache replication group has replicas but no automatic failover',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_elasticache_replication_group'],
  docs: {
    why: 'Without automatic failover, a failed primary node is replaced in place while its replicas stay read-only: writes fail for the minutes it takes, and the replicas you pay for do not help.',
    fix: 'Set automatic_failover_enabled = true (and multi_az_enabled = true to keep the replica in another Availability Zone).',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html'],
  },
  fix: 'safe',
  check({ resource, report, fix }) {
    const failover = resource.attr('automatic_failover_enabled');
    if (failover && (!failover.known || (failover.value.kind === 'bool' && failover.value.value))) return;
    const nodes = num(resource, 'num_cache_clusters') ?? num(resource, 'number_cache_clusters');
    const replicas = num(resource, 'replicas_per_node_group');
    if (!((nodes !== undefined && nodes > 1) || (replicas !== undefined && replicas > 0))) return;
    report({
      at: failover ?? resource,
      message: `${failover ? 'automatic_failover_enabled is false' : 'automatic_failover_enabled is not set (default false)'} although the group has replicas: when the primary fails, writes stop until it is replaced.`,
      fixes: [{ title: 'Promote a replica automatically when the primary fails', edits: fix.set(resource, 'automatic_failover_enabled', 'true') }],
    });
  },
});
