import type { Value } from '../../../terraform';
import { definePricer, unknownComponent } from '../../pricer';

/**
 * A manual RDS snapshot: storage billed per GB-month for as long as it is kept, at the backup
 * storage rate (manual snapshots are not covered by the free backup allowance of the instance).
 */
export default definePricer({
  resource: 'aws_db_snapshot',
  docs: 'Storage of a manual DB snapshot at the RDS backup storage rate. The snapshot\'s size is the source instance\'s allocated storage when the instance is in the configuration, else usage storage_gb (snapshots of Aurora clusters are aws_db_cluster_snapshot, not priced).',
  usage: {
    storage_gb: { unit: 'GB', description: 'Size of the snapshot, when the source instance is not in the configuration.' },
  },
  price(ctx) {
    const source = ctx.referenced('db_instance_identifier', 'aws_db_instance');
    const size = source ? sizeOf(source.value) : undefined;
    if (typeof size === 'object') return [unknownComponent('Snapshot storage', 'GB-months', size.unknown)];
    if (size !== undefined) return [{ name: `Snapshot storage (${size} GB, the source's allocated storage)`, unit: 'GB-months', priceKey: 'rds.backup-storage', quantity: size, per: 'month' }];
    return [{ name: 'Snapshot storage', unit: 'GB-months', priceKey: 'rds.backup-storage', usage: 'storage_gb' }];
  },
});

function sizeOf(v: Value): number | { unknown: string } | undefined {
  if (v.kind !== 'object') return undefined;
  const s = v.entries.get('allocated_storage');
  if (!s) return undefined;
  if (s.kind === 'unknown') return { unknown: `the source's allocated_storage is ${s.reason}` };
  return s.kind === 'number' ? s.value : undefined;
}

