import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** A CloudWatch Logs log group: ingestion by log class, archived storage, Logs Insights queries. */
export default definePricer({
  resource: 'aws_cloudwatch_log_group',
  docs: 'Data ingested at the Standard or Infrequent Access rate (log_group_class), archived storage and Logs Insights data scanned, all as usage. Logs that AWS services vend (VPC flow logs, Lambda on the vended tiers...) are billed at lower tiered rates that the catalogue lacks; the Delivery class is shown as unknown.',
  usage: {
    monthly_data_ingested_gb: { unit: 'GB', description: 'Log data ingested per month.' },
    storage_gb: { unit: 'GB-months', description: 'Log data stored (compressed), averaged over the month.' },
    monthly_data_scanned_gb: { unit: 'GB', description: 'Data scanned by Logs Insights queries per month.' },
  },
  price(ctx) {
    const cls = ctx.string('log_group_class') ?? 'STANDARD';
    if (isUnknown(cls)) return [unknownComponent('Data ingested', 'GB', cls.unknown)];
    if (cls === 'DELIVERY') return [unknownComponent('Data ingested (Delivery class)', 'GB', 'the Delivery class is billed as vended logs delivered to S3 or Firehose, which the catalogue lacks')];
    const ia = cls === 'INFREQUENT_ACCESS';
    const out: ComponentSpec[] = [
      { name: `Data ingested (${ia ? 'Infrequent Access' : 'Standard'})`, unit: 'GB', priceKey: `cloudwatch.logs-ingestion/${ia ? 'infrequent-access' : 'standard'}`, usage: 'monthly_data_ingested_gb' },
      { name: 'Storage (archived)', unit: 'GB-months', priceKey: 'cloudwatch.logs-storage', usage: 'storage_gb' },
      { name: 'Logs Insights data scanned', unit: 'GB', priceKey: 'cloudwatch.logs-insights', usage: 'monthly_data_scanned_gb' },
    ];
    return out;
  },
});
