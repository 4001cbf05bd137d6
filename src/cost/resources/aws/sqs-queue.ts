import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** An SQS queue: nothing while idle, requests at the standard or FIFO rate, tiered by volume. */
export default definePricer({
  resource: 'aws_sqs_queue',
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
