import { definePricer } from '../../pricer';
import { neptuneBackup } from './neptune-cluster';

/** A manual Neptune cluster snapshot. Price: feed neptune, "Storage Snapshot Rate" (per GB-month). */
export default definePricer({
  resource: 'aws_neptune_cluster_snapshot',
  docs: 'Snapshot storage beyond the free allowance (the cluster volume size), as usage.',
  usage: {
    backup_storage_gb: { unit: 'GB', description: 'Snapshot storage beyond the free allowance per month.' },
  },
  price() {
    return [neptuneBackup()];
  },
});
