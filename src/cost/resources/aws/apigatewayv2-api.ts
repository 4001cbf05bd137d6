import { definePricer, isUnknown, unknownComponent, type UsageValue, usageNumber } from '../../pricer';

/** An HTTP or WebSocket API: requests, or messages and connection minutes, tiered. */
export default definePricer({
  resource: 'aws_apigatewayv2_api',
  infracostUsage: {
    monthly_connection_mins: 'monthly_connection_minutes',
    request_size_kb: { derive: 'monthly_requests', from: (read) => metered(read, 'monthly_requests', 'request_size_kb', 512) },
    message_size_kb: { derive: 'monthly_messages', from: (read) => metered(read, 'monthly_messages', 'message_size_kb', 32) },
  },
  docs: 'HTTP APIs: requests as usage, tiered (300 million a month; metered in 512 KB increments). WebSocket APIs: messages (tiered at 1 billion; 32 KB increments) and connection minutes as usage.',
  usage: {
    monthly_requests: { unit: 'requests', description: 'HTTP API requests per month (each 512 KB counts as one).' },
    monthly_messages: { unit: 'messages', description: 'WebSocket messages sent and received per month (each 32 KB counts as one).' },
    monthly_connection_minutes: { unit: 'minutes', description: 'WebSocket connection minutes per month (connections x minutes connected).' },
  },
  price(ctx) {
    const protocol = ctx.string('protocol_type');
    if (protocol === undefined) return [unknownComponent('Requests', '1M requests', 'protocol_type is not set')];
    if (isUnknown(protocol)) return [unknownComponent('Requests', '1M requests', protocol.unknown)];
    if (protocol === 'WEBSOCKET') {
      return [
        { name: 'Messages', unit: '1M messages', priceKey: 'apigateway.websocket-messages', tiered: true, unitScale: 1e6, rawUsage: true, usage: 'monthly_messages' },
        { name: 'Connection minutes', unit: '1M minutes', priceKey: 'apigateway.websocket-minutes', unitScale: 1e6, rawUsage: true, usage: 'monthly_connection_minutes' },
      ];
    }
    return [{ name: 'Requests (HTTP API)', unit: '1M requests', priceKey: 'apigateway.http-requests', tiered: true, unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' }];
  },
});

/** Requests or messages as API Gateway meters them: in 512 KB (HTTP) or 32 KB (WebSocket) increments. */
function metered(read: (key: string) => UsageValue | undefined, count: string, size: string, increment: number): number | undefined {
  const n = usageNumber(read, count);
  const kb = usageNumber(read, size);
  return n === undefined || kb === undefined ? undefined : n * Math.max(1, Math.ceil(kb / increment));
}
