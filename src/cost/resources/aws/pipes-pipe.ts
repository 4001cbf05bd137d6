import { definePricer } from '../../pricer';

/** An EventBridge pipe. Price: feed events, "Pipe Request per 64K-Chunks" (per request after filtering). */
export default definePricer({
  resource: 'aws_pipes_pipe',
  docs: 'Requests the pipe processes after filtering (each 64 KB chunk is one request), as usage. The source, enrichment and target are priced on their own.',
  usage: {
    monthly_requests: { unit: 'requests', description: 'Requests that pass the filter per month (64 KB chunks).' },
  },
  price() {
    return [{ name: 'Requests', unit: '1M requests', priceKey: 'eventbridge.pipe-requests', unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' }];
  },
});
