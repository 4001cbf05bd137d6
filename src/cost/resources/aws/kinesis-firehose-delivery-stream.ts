import { definePricer } from '../../pricer';

/** A Firehose delivery stream: data ingested, tiered by GB per month. */
export default definePricer({
  resource: 'aws_kinesis_firehose_delivery_stream',
  docs: 'Data ingested as usage, tiered by GB per month (Direct PUT rounds each record up to 5 KB; a Kinesis data stream source is billed on actual size at the same rate). An MSK source, format conversion, dynamic partitioning, delivery into a VPC and the destination\'s own charges are not included.',
  usage: {
    monthly_data_ingested_gb: { unit: 'GB', description: 'Data ingested per month (Direct PUT: each record rounded up to 5 KB).' },
  },
  price(ctx) {
    if (ctx.blocks('msk_source_configuration').length) {
      return [{ name: 'Data ingested (from MSK)', unit: 'GB', unknown: 'ingestion from an MSK source is priced differently, which the catalogue lacks' }];
    }
    const source = ctx.blocks('kinesis_source_configuration').length ? 'from a Kinesis data stream' : 'Direct PUT';
    return [{ name: `Data ingested (${source})`, unit: 'GB', priceKey: 'firehose.ingestion', tiered: true, usage: 'monthly_data_ingested_gb' }];
  },
});
