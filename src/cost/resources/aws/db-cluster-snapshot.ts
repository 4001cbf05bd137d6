import { definePricer } from '../../pricer';

/** A manual Aurora cluster snapshot: storage at the Aurora backup storage rate for as long as it is kept. */
export default definePricer({
  resource: 'aws_db_cluster_snapshot',
  docs: 'Storage of a manual Aurora cluster snapshot at the Aurora backup storage rate, from usage storage_gb (the size of the cluster\'s data is known only to AWS).',
  usage: { storage_gb: { unit: 'GB', description: 'Size of the snapshot: the cluster\'s data volume when it was taken.' } },
  price() {
    return [{ name: 'Snapshot storage', unit: 'GB-months', priceKey: 'aurora.backup-storage', usage: 'storage_gb' }];
  },
});
