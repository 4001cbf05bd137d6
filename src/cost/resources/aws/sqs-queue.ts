import { definePricer, isUnknown, unknownComponent, type UsageValue, usageNumber } from '../../pricer';

/** An SQS queue: nothing while idle, requests at the standard or FIFO rate, tiered by volume. */
export default definePricer({
  resource: 'aws_sqs_queue',
  infracostUsage: {
    request_size_kb: { derive: 'monthly_requests', from: (read) => chunked(read, 'monthly_requests', 'request_size_kb', 64) },
  },
  docs: 'Requests as usage, tiered by requests per month, at the standard or FIFO rate (fifo_queue). Each 64 KB chunk of a payload counts as one request; the first million requests a month that AWS gives every account free are not deducted, and data transfer out is not included.',
  usage: {
    monthly_requests: { unit: 'requests', description: 'API requests (send, receive, delete, ...) per month, each 64 KB chunk of a payload counting as one.' },
  },
  price(ctx) {
    const fifo = ctx.bool('fifo_queue');
    if (isUnknown(fifo)) return [unknownComponent('Requests', '1M requests', fifo.unknown)];
    return [{
      name: fifo ? 'Requests (FIFO)' : 'Requests (standard)',
      unit: '1M requests',
      priceKey: `sqs.requests/${fifo ? 'fifo' : 'standard'}`,
      tiered: true,
      unitScale: 1e6, rawUsage: true,
      usage: 'monthly_requests',
    }];
  },
});

/** Requests counted as SQS bills them: each 64 KB chunk of a payload is one request. */
function chunked(read: (key: string) => UsageValue | undefined, count: string, size: string, chunk: number): number | undefined {
  const n = usageNumber(read, count);
  const kb = usageNumber(read, size);
  return n === undefined || kb === undefined ? undefined : n * Math.max(1, Math.ceil(kb / chunk));
}
