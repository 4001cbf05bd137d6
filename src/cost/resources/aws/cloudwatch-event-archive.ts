import { definePricer } from '../../pricer';

/** An EventBridge archive. Prices: feed events, "CloudWatch Events Archive Event" (per GB archived) and "CloudWatch Events Event Storage" (per GB-month). */
export default definePricer({
  resource: 'aws_cloudwatch_event_archive',
  docs: 'Events archived (GB processed) and archive storage, as usage. Replaying events is billed as events published on the bus.',
  usage: {
    monthly_archive_processing_gb: { unit: 'GB', description: 'Event data archived per month.' },
    archive_storage_gb: { unit: 'GB', description: 'Archive storage, average over the month.' },
  },
  price() {
    return [
      { name: 'Archive processing', unit: 'GB', priceKey: 'eventbridge.archive-processing', usage: 'monthly_archive_processing_gb' },
      { name: 'Archive storage', unit: 'GB-months', priceKey: 'eventbridge.archive-storage', usage: 'archive_storage_gb' },
    ];
  },
});
