import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/**
 * A Managed Service for Apache Flink (Kinesis Data Analytics v2) application. Prices: feed kinesisanalytics,
 * "Kinesis Processing Unit KPU for Java applications" / "... for Kinesis Data Analytics Studio" / "Kinesis
 * Processing Unit KPU" (SQL), "Per GB month of running application storage[ for Kinesis Data Analytics Studio]"
 * and "Per GB month of durable application backups".
 */
export default definePricer({
  resource: 'aws_kinesisanalyticsv2_application',
  docs: 'KPUs as usage; Flink applications add one KPU for orchestration, 50 GB of running application storage per KPU and durable backups as usage; Studio (ZEPPELIN-FLINK) applications add two KPUs for orchestration and interactive development; SQL applications are billed for KPUs only.',
  usage: {
    kinesis_processing_units: { unit: 'KPUs', description: 'Average number of KPUs the application uses over the month.' },
    durable_application_backup_gb: { unit: 'GB', description: 'Durable application backups (snapshots) stored, average over the month.' },
  },
  price(ctx) {
    const runtime = ctx.string('runtime_environment');
    if (runtime === undefined || isUnknown(runtime)) return [unknownComponent('Processing (stream)', 'KPUs', runtime === undefined ? 'runtime_environment is not set' : runtime.unknown)];
    if (runtime.startsWith('SQL')) return [{ name: 'Processing (stream)', unit: 'KPUs (average)', priceKey: 'kinesisanalytics.kpu/sql', unitScale: 730, usage: 'kinesis_processing_units' }];
    const studio = runtime.startsWith('ZEPPELIN');
    const kind = studio ? 'studio' : 'java';
    const out: ComponentSpec[] = [
      { name: 'Processing (stream)', unit: 'KPUs (average)', priceKey: `kinesisanalytics.kpu/${kind}`, unitScale: 730, usage: 'kinesis_processing_units' },
      { name: studio ? 'Processing (orchestration and interactive development)' : 'Processing (orchestration)', unit: 'hours', priceKey: `kinesisanalytics.kpu/${kind}`, quantity: studio ? 2 : 1, per: 'hour' },
      { name: 'Running storage (50 GB per KPU)', unit: 'KPUs (average)', priceKey: `kinesisanalytics.running-storage/${kind}`, unitScale: 50, usage: 'kinesis_processing_units' },
    ];
    if (!studio) out.push({ name: 'Durable application backups', unit: 'GB-months', priceKey: 'kinesisanalytics.backup', usage: 'durable_application_backup_gb' });
    return out;
  },
});
