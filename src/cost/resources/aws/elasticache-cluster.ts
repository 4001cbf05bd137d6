import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

const ENGINES = new Set(['redis', 'valkey', 'memcached']);
const NAMES: Readonly<Record<string, string>> = { redis: 'Redis OSS', valkey: 'Valkey', memcached: 'Memcached' };

/** The node-hours component of an ElastiCache engine, node type and node count. */
export function cacheNodes(engine: string, nodeType: string, nodes: number): ComponentSpec {
  return {
    name: `Cache nodes (${NAMES[engine] ?? engine}, ${nodeType})`,
    unit: 'node-hours',
    priceKey: `elasticache.node/${engine}/${nodeType}`,
    quantity: nodes,
    per: 'hour',
    discount: 'elasticache',
  };
}

export default definePricer({
  resource: 'aws_elasticache_cluster',
  infracostUsage: {
    reserved_instance_term: { reservation: true },
    reserved_instance_payment_option: { reservation: true },
    snapshot_storage_size_gb: { unused: 'Snapshot storage is not priced.' },
  },
  docs: 'Node hours by engine (Redis OSS, Valkey, Memcached) and node type, times num_cache_nodes. A cluster that joins a replication group is priced with the group. Backup storage and data tiering are not priced.',
  price(ctx) {
    if (ctx.get('replication_group_id')) {
      return [{ name: 'Member of a replication group: nodes priced with aws_elasticache_replication_group', unit: 'node-hours', quantity: 0, per: 'hour', price: 0 }];
    }
    const engine = ctx.string('engine');
    const nodeType = ctx.string('node_type');
    const nodes = ctx.number('num_cache_nodes') ?? 1;
    if (engine === undefined || isUnknown(engine)) return [unknownComponent('Cache nodes', 'node-hours', engine === undefined ? 'engine is not set' : engine.unknown)];
    if (!ENGINES.has(engine)) return [unknownComponent('Cache nodes', 'node-hours', `engine "${engine}" is not one Kensa prices`)];
    if (nodeType === undefined || isUnknown(nodeType)) return [unknownComponent(`Cache nodes (${NAMES[engine]})`, 'node-hours', nodeType === undefined ? 'node_type is not set' : nodeType.unknown)];
    if (isUnknown(nodes)) return [unknownComponent(`Cache nodes (${NAMES[engine]}, ${nodeType})`, 'node-hours', nodes.unknown)];
    return [cacheNodes(engine, nodeType, nodes)];
  },
});
