import type { Value } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type ComponentSpec, type UsageValue, usageNumber, usageSum } from '../../pricer';

/** Subscription protocols as the catalogue keys their deliveries, with the usage key and a display name. */
const PROTOCOLS: Readonly<Record<string, { key: string; usage: string; name: string }>> = {
  http: { key: 'http', usage: 'monthly_http_deliveries', name: 'HTTP/S deliveries' },
  https: { key: 'http', usage: 'monthly_http_deliveries', name: 'HTTP/S deliveries' },
  email: { key: 'email', usage: 'monthly_email_deliveries', name: 'Email deliveries' },
  'email-json': { key: 'email', usage: 'monthly_email_deliveries', name: 'Email deliveries' },
  sqs: { key: 'sqs', usage: 'monthly_sqs_deliveries', name: 'SQS deliveries (free)' },
  lambda: { key: 'lambda', usage: 'monthly_lambda_deliveries', name: 'Lambda deliveries (free)' },
  application: { key: 'mobile-push', usage: 'monthly_mobile_push_deliveries', name: 'Mobile push deliveries' },
  firehose: { key: 'firehose', usage: 'monthly_firehose_deliveries', name: 'Firehose deliveries' },
};

/** The protocols shown when no subscription in the configuration names the topic: the paid ones. */
const DEFAULT_PROTOCOLS = ['http', 'email', 'application'];

function delivery(protocol: string): ComponentSpec {
  const p = PROTOCOLS[protocol]!;
  return { name: p.name, unit: '1M messages', priceKey: `sns.deliveries/${p.key}`, unitScale: 1e6, rawUsage: true, usage: p.usage };
}

/** Does a subscription's topic_arn point at this topic (by reference, or by a configured ARN ending in its name)? */
function subscribes(topicArn: Value | undefined, address: string, name: string | undefined): boolean {
  if (topicArn?.kind === 'unknown') return topicArn.source?.startsWith(address + '.') ?? false;
  return topicArn?.kind === 'string' && name !== undefined && topicArn.value.endsWith(`:${name}`);
}

/** An SNS topic: publish requests and deliveries by subscription protocol, all as usage. */
export default definePricer({
  resource: 'aws_sns_topic',
  infracostUsage: {
    request_size_kb: { derive: 'monthly_requests', from: publishRequests },
    http_subscriptions: { derive: 'monthly_http_deliveries', from: (read) => deliveries(read, ['http_subscriptions']) },
    email_subscriptions: { derive: 'monthly_email_deliveries', from: (read) => deliveries(read, ['email_subscriptions']) },
    kinesis_subscriptions: { derive: 'monthly_firehose_deliveries', from: (read) => deliveries(read, ['kinesis_subscriptions']) },
    mobile_push_subscriptions: { derive: 'monthly_mobile_push_deliveries', from: (read) => deliveries(read, ['mobile_push_subscriptions', 'macos_subscriptions']) },
    macos_subscriptions: { derive: 'monthly_mobile_push_deliveries', from: (read) => deliveries(read, ['mobile_push_subscriptions', 'macos_subscriptions']) },
    sms_subscriptions: { unused: 'SMS deliveries are not priced (their price depends on the destination country).' },
    sms_notification_price: { unused: 'SMS deliveries are not priced (their price depends on the destination country).' },
  },
  docs: 'Publish requests as usage, and deliveries as usage for each protocol the topic\'s aws_sns_topic_subscription resources use (HTTP/S, email and mobile push when the configuration has none); deliveries to SQS and Lambda are free. SMS (priced per country) and FIFO topics (not in the catalogue) are shown as unknown; the free tier is not deducted.',
  usage: {
    monthly_requests: { unit: 'requests', description: 'Publish requests per month (each 64 KB chunk of a payload counts as one).' },
    monthly_http_deliveries: { unit: 'messages', description: 'Deliveries to HTTP/S endpoints per month.' },
    monthly_email_deliveries: { unit: 'messages', description: 'Deliveries to email addresses per month.' },
    monthly_sqs_deliveries: { unit: 'messages', description: 'Deliveries to SQS queues per month (free).' },
    monthly_lambda_deliveries: { unit: 'messages', description: 'Deliveries to Lambda functions per month (free).' },
    monthly_mobile_push_deliveries: { unit: 'messages', description: 'Mobile push notifications per month.' },
    monthly_firehose_deliveries: { unit: 'messages', description: 'Deliveries to Firehose delivery streams per month.' },
  },
  price(ctx) {
    const fifo = ctx.bool('fifo_topic');
    if (isUnknown(fifo)) return [unknownComponent('Publish requests', '1M requests', fifo.unknown)];
    if (fifo) return [unknownComponent('Publish requests (FIFO)', '1M requests', 'FIFO topics are priced per request and payload GB, which the catalogue lacks')];
    const out: ComponentSpec[] = [{ name: 'Publish requests', unit: '1M requests', priceKey: 'sns.requests', unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' }];
    const name = ctx.string('name');
    const protocols: string[] = [];
    let unknownProtocol: string | undefined;
    for (const s of ctx.resources('aws_sns_topic_subscription')) {
      const entries = s.value.kind === 'object' ? s.value.entries : undefined;
      if (!subscribes(entries?.get('topic_arn'), ctx.resource.address, typeof name === 'string' ? name : undefined)) continue;
      const protocol = entries?.get('protocol');
      if (protocol?.kind === 'string') protocols.push(protocol.value);
      else unknownProtocol ??= `the protocol of ${s.address} is ${protocol?.kind === 'unknown' ? protocol.reason : 'not set'}`;
    }
    const shown = new Set<string>();
    for (const p of protocols.length || unknownProtocol ? protocols : DEFAULT_PROTOCOLS) {
      if (p === 'sms') {
        if (!shown.has('sms')) out.push(unknownComponent('SMS deliveries', 'messages', 'SMS is priced per destination country, which the catalogue lacks'));
        shown.add('sms');
        continue;
      }
      const known = PROTOCOLS[p];
      if (!known || shown.has(known.key)) continue;
      shown.add(known.key);
      out.push(delivery(p));
    }
    if (unknownProtocol) out.push(unknownComponent('Deliveries', '1M messages', unknownProtocol));
    return out;
  },
});

/** Publish requests as SNS bills them: each 64 KB chunk of a payload is one request. */
function publishRequests(read: (key: string) => UsageValue | undefined): number | undefined {
  const n = usageNumber(read, 'monthly_requests');
  const kb = usageNumber(read, 'request_size_kb');
  return n === undefined || kb === undefined ? undefined : n * Math.max(1, Math.ceil(kb / 64));
}

/** Infracost's subscriptions of a protocol: each published message is delivered to each of them. */
function deliveries(read: (key: string) => UsageValue | undefined, subscriptions: readonly string[]): number | undefined {
  const n = usageNumber(read, 'monthly_requests');
  const subs = usageSum(read, subscriptions);
  return n === undefined || subs === undefined ? undefined : n * subs;
}
