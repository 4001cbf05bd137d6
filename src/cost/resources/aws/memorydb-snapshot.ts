import { definePricer } from '../../pricer';

/** A manual MemoryDB snapshot. Price: feed memorydb, "Amazon S3 per GB-Mo Redis 0 to Inf" (per GB-month). */
export default definePricer({
  resource: 'aws_memorydb_snapshot',
  docs: 'Snapshot storage as usage, at the Redis OSS rate (the snapshot does not say its cluster\'s engine; Valkey\'s rate is the same in the price data\'s regions checked).',
  usage: {
    snapshot_storage_size_gb: { unit: 'GB', description: 'Size of the snapshot.' },
  },
  price() {
    return [{ name: 'Snapshot storage', unit: 'GB-months', priceKey: 'memorydb.snapshot/redis', usage: 'snapshot_storage_size_gb' }];
  },
});
