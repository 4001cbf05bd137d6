import { definePricer } from '../../pricer';

/** A Kinesis Data Analytics (SQL) application: processing units. Price: feed kinesisanalytics, "Kinesis Processing Unit KPU" (per KPU-hour). */
export default definePricer({
  resource: 'aws_kinesisanalytics_application',
  infracostUsage: {
    durable_application_backup_gb: { unused: 'Durable application backups are priced for aws_kinesisanalyticsv2_application only.' },
  },
  docs: 'Kinesis processing units (KPUs) as usage: the average number of KPUs the SQL application scales to over the month.',
  usage: {
    kinesis_processing_units: { unit: 'KPUs', description: 'Average number of KPUs the application uses over the month.' },
  },
  price() {
    return [{ name: 'Processing (stream)', unit: 'KPUs (average)', priceKey: 'kinesisanalytics.kpu/sql', unitScale: 730, usage: 'kinesis_processing_units' }];
  },
});
