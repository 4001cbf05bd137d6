import { definePricer } from '../../pricer';

/** A Flink application snapshot. Price: feed kinesisanalytics, "Per GB month of durable application backups". */
export default definePricer({
  resource: 'aws_kinesisanalyticsv2_application_snapshot',
  docs: 'Durable application backup storage of the snapshot, as usage (its size is the application state when it was taken).',
  usage: {
    durable_application_backup_gb: { unit: 'GB', description: 'Size of the snapshot.' },
  },
  price() {
    return [{ name: 'Durable application backups', unit: 'GB-months', priceKey: 'kinesisanalytics.backup', usage: 'durable_application_backup_gb' }];
  },
});
