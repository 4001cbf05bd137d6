import { definePricer } from '../../pricer';

/** A manual DocumentDB cluster snapshot: storage at the DocumentDB backup storage rate. */
export default definePricer({
  resource: 'aws_docdb_cluster_snapshot',
  infracostUsage: {
    backup_storage_gb: 'storage_gb',
  },
  docs: 'Storage of a manual DocumentDB cluster snapshot at the backup storage rate, from usage storage_gb.',
  usage: { storage_gb: { unit: 'GB', description: 'Size of the snapshot: the cluster\'s data when it was taken.' } },
  price() {
    return [{ name: 'Snapshot storage', unit: 'GB-months', priceKey: 'docdb.backup-storage', usage: 'storage_gb' }];
  },
});
