import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** A MemoryDB cluster. Prices: feed memorydb, "db <type> <Redis|Valkey> <General purpose|Memory optimized>" and "... Memory optimized <engine> datatiering" (per node-hour), "Amazon S3 per GB-Mo <engine> 0 to Inf" (snapshots). */
export default definePricer({
  resource: 'aws_memorydb_cluster',
  docs: 'Node hours by node_type and engine (Redis OSS or Valkey): num_shards x (1 + num_replicas_per_shard) nodes; snapshot storage beyond the free allowance and data written as usage (data written is not in the price data and not included).',
  usage: {
    snapshot_storage_size_gb: { unit: 'GB', description: 'Snapshot storage beyond the free allowance (one snapshot of the cluster\'s size) per month.' },
  },
  price(ctx) {
    const type = ctx.string('node_type');
    if (type === undefined || isUnknown(type)) return [unknownComponent('Nodes', 'hours', type === undefined ? 'node_type is not set' : type.unknown)];
    const engine = ctx.string('engine') ?? 'redis';
    if (isUnknown(engine)) return [unknownComponent(`Nodes (${type})`, 'hours', engine.unknown)];
    const shards = ctx.number('num_shards') ?? 1;
    const replicas = ctx.number('num_replicas_per_shard') ?? 1;
    const e = engine === 'valkey' ? 'valkey' : 'redis';
    const out: ComponentSpec[] = [];
    if (isUnknown(shards)) out.push(unknownComponent(`Nodes (${type})`, 'hours', shards.unknown));
    else if (isUnknown(replicas)) out.push(unknownComponent(`Nodes (${type})`, 'hours', replicas.unknown));
    else {
      const n = shards * (1 + replicas);
      out.push({ name: `Nodes (${e === 'valkey' ? 'Valkey' : 'Redis OSS'}, ${type}, ${shards} shard${shards === 1 ? '' : 's'} x ${1 + replicas})`, unit: 'hours', priceKey: `memorydb.node/${e}/${type}`, quantity: n, per: 'hour', discount: 'memorydb' });
    }
    out.push({ name: 'Snapshot storage', unit: 'GB-months', priceKey: `memorydb.snapshot/${e}`, usage: 'snapshot_storage_size_gb' });
    return out;
  },
});
