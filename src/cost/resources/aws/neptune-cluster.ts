import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** The Neptune storage configuration of a cluster's storage_type: iopt1 is I/O-Optimized. */
export function neptuneStorageConfig(storageType: string | undefined): 'standard' | 'io-optimized' {
  return storageType === 'iopt1' ? 'io-optimized' : 'standard';
}

/** Backup storage beyond the free allowance, shared with cluster snapshots. Price: feed neptune, "Storage Snapshot Rate". */
export function neptuneBackup(): ComponentSpec {
  return { name: 'Backup storage beyond the free allowance', unit: 'GB-months', priceKey: 'neptune.backup-storage', usage: 'backup_storage_gb' };
}

/**
 * A Neptune cluster: storage, I/O and backups. Prices: feed neptune, "Storage Rate" and "IO optimized Storage Rate
 * General Purpose-Aurora" (per GB-month), "IO Rate" (per request), "Storage Snapshot Rate" (per GB-month).
 */
export default definePricer({
  resource: 'aws_neptune_cluster',
  docs: 'Cluster storage, I/O requests (standard storage only; none with I/O-Optimized, storage_type = "iopt1") and backup storage beyond the free allowance, as usage. Instances are priced with aws_neptune_cluster_instance.',
  usage: {
    storage_gb: { unit: 'GB', description: 'Data stored in the cluster volume (average per month).' },
    monthly_io_requests: { unit: 'requests', description: 'I/O requests per month (standard storage).' },
    backup_storage_gb: { unit: 'GB', description: 'Backup storage beyond the free allowance (the cluster volume size) per month.' },
  },
  price(ctx) {
    const storageType = ctx.string('storage_type');
    if (isUnknown(storageType)) return [unknownComponent('Storage', 'GB-months', storageType.unknown)];
    const config = neptuneStorageConfig(storageType);
    const out: ComponentSpec[] = [{ name: `Storage (${config === 'io-optimized' ? 'I/O-Optimized' : 'standard'})`, unit: 'GB-months', priceKey: `neptune.storage/${config}`, usage: 'storage_gb' }];
    if (config === 'standard') out.push({ name: 'I/O requests', unit: '1M requests', priceKey: 'neptune.io', unitScale: 1e6, rawUsage: true, usage: 'monthly_io_requests' });
    out.push(neptuneBackup());
    return out;
  },
});
