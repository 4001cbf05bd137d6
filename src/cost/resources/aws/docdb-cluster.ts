import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** The DocumentDB storage configuration of a cluster's storage_type: iopt1 is I/O-Optimized. */
export function docdbStorageConfig(storageType: string | undefined): 'standard' | 'io-optimized' {
  return storageType === 'iopt1' ? 'io-optimized' : 'standard';
}

export default definePricer({
  resource: 'aws_docdb_cluster',
  docs: 'Cluster storage, I/O requests (standard storage only; none with I/O-Optimized, storage_type = "iopt1") and backup storage beyond the free allowance, as usage. Instances are priced with aws_docdb_cluster_instance; DocumentDB elastic clusters are not priced.',
  usage: {
    storage_gb: { unit: 'GB', description: 'Data stored in the cluster volume (average per month).' },
    monthly_io_requests: { unit: 'requests', description: 'I/O requests per month (standard storage).' },
    backup_storage_gb: { unit: 'GB', description: 'Backup storage beyond the free allowance (the cluster volume size) per month.' },
  },
  price(ctx) {
    const storageType = ctx.string('storage_type');
    if (isUnknown(storageType)) return [unknownComponent('Storage', 'GB-months', storageType.unknown)];
    const config = docdbStorageConfig(storageType);
    const out: ComponentSpec[] = [
      { name: `Storage (${config === 'io-optimized' ? 'I/O-Optimized' : 'standard'})`, unit: 'GB-months', priceKey: `docdb.storage/${config}`, usage: 'storage_gb' },
    ];
    if (config === 'standard') out.push({ name: 'I/O requests', unit: '1M requests', priceKey: 'docdb.io', unitScale: 1e6, rawUsage: true, usage: 'monthly_io_requests' });
    out.push({ name: 'Backup storage beyond the free allowance', unit: 'GB', priceKey: 'docdb.backup-storage', usage: 'backup_storage_gb' });
    return out;
  },
});
