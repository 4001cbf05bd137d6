import { definePricer, isUnknown, unknownComponent } from '../../pricer';
import { cacheNodes } from './elasticache-cluster';

export default definePricer({
  resource: 'aws_elasticache_replication_group',
  infracostUsage: {
    reserved_instance_term: { reservation: true },
    reserved_instance_payment_option: { reservation: true },
    snapshot_storage_size_gb: { unused: 'Snapshot storage is not priced.' },
  },
  docs: 'Node hours by engine (Redis OSS by default, Valkey) and node type, for num_cache_clusters nodes, or num_node_groups shards of replicas_per_node_group + 1 nodes in cluster mode (1 node assumed when neither is set). Backup storage and Global Datastore transfer are not priced.',
  price(ctx) {
    const engine = ctx.string('engine') ?? 'redis';
    const nodeType = ctx.string('node_type');
    if (isUnknown(engine)) return [unknownComponent('Cache nodes', 'node-hours', engine.unknown)];
    if (engine !== 'redis' && engine !== 'valkey') return [unknownComponent('Cache nodes', 'node-hours', `engine "${engine}" is not one Kensa prices`)];
    if (nodeType === undefined || isUnknown(nodeType)) return [unknownComponent('Cache nodes', 'node-hours', nodeType === undefined ? 'node_type is not set (a global replication group sets it)' : nodeType.unknown)];
    const shards = ctx.number('num_node_groups') ?? ctx.number('cluster_mode.num_node_groups');
    const replicas = ctx.number('replicas_per_node_group') ?? ctx.number('cluster_mode.replicas_per_node_group');
    const clusters = ctx.number('num_cache_clusters') ?? ctx.number('number_cache_clusters');
    for (const v of [shards, replicas, clusters]) if (v !== undefined && isUnknown(v)) return [unknownComponent(`Cache nodes (${nodeType})`, 'node-hours', v.unknown)];
    let nodes: number;
    let shape: string;
    if (typeof shards === 'number') {
      const perShard = (typeof replicas === 'number' ? replicas : 0) + 1;
      nodes = shards * perShard;
      shape = `${shards} shard${shards === 1 ? '' : 's'} x ${perShard} node${perShard === 1 ? '' : 's'}`;
    } else if (typeof clusters === 'number') {
      nodes = clusters;
      shape = `${clusters} node${clusters === 1 ? '' : 's'}`;
    } else {
      nodes = 1;
      shape = '1 node assumed';
    }
    const c = cacheNodes(engine, nodeType, nodes);
    return [{ ...c, name: `${c.name.slice(0, -1)}, ${shape})` }];
  },
});
