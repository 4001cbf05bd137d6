import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** Hours of retention included in the base price; up to a week is the extended tier, beyond it long-term. */
const INCLUDED_HOURS = 24;
const EXTENDED_HOURS = 168;

/** A Kinesis data stream, provisioned (shards) or on-demand (stream hours and data). */
export default definePricer({
  resource: 'aws_kinesis_stream',
  infracostUsage: {
    monthly_on_demand_data_in_gb: 'monthly_data_ingested_gb',
    monthly_on_demand_data_out_gb: 'monthly_data_retrieved_gb',
    monthly_provisioned_put_units: 'monthly_put_payload_units',
    monthly_on_demand_efo_data_out_gb: { unused: 'Enhanced fan-out is not priced.' },
    monthly_on_demand_extended_retention_gb: { unused: 'Retention beyond 24 hours in on-demand mode is not priced.' },
    monthly_on_demand_long_term_retention_gb: { unused: 'Long-term retention is not priced.' },
    monthly_provisioned_extended_retention_gb: { unused: 'Kensa prices extended retention per shard-hour from retention_period.' },
    monthly_provisioned_long_term_retention_gb: { unused: 'Long-term retention is not priced.' },
    monthly_provisioned_long_term_retrieval_gb: { unused: 'Long-term retrieval is not priced.' },
    monthly_provisioned_efo_data_out_gb: { unused: 'Enhanced fan-out is not priced.' },
    monthly_provisioned_efo_consumer_hours: { unused: 'Enhanced fan-out is not priced.' },
  },
  docs: 'Provisioned mode: shard-hours, PUT payload units as usage, and extended retention per shard-hour when retention_period exceeds 24 hours. On-demand mode: stream hours, data ingested and retrieved as usage. Retention beyond 7 days (provisioned) or 24 hours (on-demand) is priced per GB-month, which the catalogue lacks (shown as unknown); enhanced fan-out consumers are not included.',
  usage: {
    monthly_put_payload_units: { unit: 'units', description: 'PUT payload units (25 KB each) per month, provisioned mode.' },
    monthly_data_ingested_gb: { unit: 'GB', description: 'Data written to the stream per month, on-demand mode.' },
    monthly_data_retrieved_gb: { unit: 'GB', description: 'Data read from the stream per month, on-demand mode (shared-throughput consumers).' },
  },
  price(ctx) {
    const mode = ctx.string('stream_mode_details.stream_mode') ?? 'PROVISIONED';
    if (isUnknown(mode)) return [unknownComponent('Stream', 'hours', mode.unknown)];
    const retention = ctx.number('retention_period') ?? INCLUDED_HOURS;
    const out: ComponentSpec[] = [];
    if (mode === 'ON_DEMAND') {
      out.push(
        { name: 'Stream (on-demand)', unit: 'hours', priceKey: 'kinesis.on-demand-stream-hour', quantity: 1, per: 'hour' },
        { name: 'Data ingested', unit: 'GB', priceKey: 'kinesis.on-demand-ingest', usage: 'monthly_data_ingested_gb' },
        { name: 'Data retrieved', unit: 'GB', priceKey: 'kinesis.on-demand-retrieval', usage: 'monthly_data_retrieved_gb' },
      );
      if (isUnknown(retention)) out.push(unknownComponent('Retention above 24 hours', 'GB-months', retention.unknown));
      else if (retention > INCLUDED_HOURS) out.push(unknownComponent(`Retention of ${retention} hours`, 'GB-months', 'on-demand retention above 24 hours is priced per GB-month, which the catalogue lacks'));
      return out;
    }
    const shards = ctx.number('shard_count');
    if (shards === undefined) return [unknownComponent('Shards', 'hours', 'no shard_count for a provisioned stream')];
    if (isUnknown(shards)) out.push(unknownComponent('Shards', 'hours', shards.unknown));
    else out.push({ name: `Shards (${shards})`, unit: 'hours', priceKey: 'kinesis.shard-hour', quantity: shards, per: 'hour' });
    out.push({ name: 'PUT payload units', unit: '1M units', priceKey: 'kinesis.put-payload-unit', unitScale: 1e6, rawUsage: true, usage: 'monthly_put_payload_units' });
    if (isUnknown(retention)) out.push(unknownComponent('Extended retention', 'hours', retention.unknown));
    else if (retention > INCLUDED_HOURS) {
      const name = `Extended retention (${Math.min(retention, EXTENDED_HOURS)} hours)`;
      if (isUnknown(shards)) out.push(unknownComponent(name, 'hours', shards.unknown));
      else out.push({ name, unit: 'hours', priceKey: 'kinesis.extended-retention-shard-hour', quantity: shards, per: 'hour' });
      if (retention > EXTENDED_HOURS) out.push(unknownComponent(`Long-term retention (to ${retention} hours)`, 'GB-months', 'retention beyond 7 days is priced per GB-month, which the catalogue lacks'));
    }
    return out;
  },
});
