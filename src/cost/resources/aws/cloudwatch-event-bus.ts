import { definePricer } from '../../pricer';

/** An EventBridge event bus. Prices: feed events, "CloudWatch Events Custom Event" (per 64 KB event) and "CloudWatch Events Discovery Event" (per 8 KB event). */
export default definePricer({
  resource: 'aws_cloudwatch_event_bus',
  infracostUsage: {
    monthly_third_party_events: { unused: 'Partner (third-party) events are not in the price data.' },
    monthly_archive_processing_gb: { unused: 'Archives are priced with aws_cloudwatch_event_archive.' },
    archive_storage_gb: { unused: 'Archives are priced with aws_cloudwatch_event_archive.' },
  },
  docs: 'Custom events published to the bus (each 64 KB chunk is one event) and events ingested by schema discovery, as usage. Events from AWS services are free; partner (third-party) events are not in the price data. Archives are priced with aws_cloudwatch_event_archive.',
  usage: {
    monthly_custom_events: { unit: 'events', description: 'Custom events published per month (64 KB chunks).' },
    monthly_schema_discovery_events: { unit: 'events', description: 'Events ingested by schema discovery per month (8 KB chunks).' },
  },
  price() {
    return [
      { name: 'Custom events published', unit: '1M events', priceKey: 'eventbridge.events/custom', unitScale: 1e6, rawUsage: true, usage: 'monthly_custom_events' },
      { name: 'Schema discovery', unit: '1M events', priceKey: 'eventbridge.events/discovery', unitScale: 1e6, rawUsage: true, usage: 'monthly_schema_discovery_events' },
    ];
  },
});
