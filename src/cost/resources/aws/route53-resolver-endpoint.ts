import { definePricer } from '../../pricer';

/** A Route 53 Resolver endpoint. Prices: feed route53, "Query ENI" (per IP address-hour), "Query first 1B" and "Query over 1B" (per query). */
export default definePricer({
  resource: 'aws_route53_resolver_endpoint',
  docs: 'Hours of each IP address (elastic network interface) of the endpoint, one per ip_address block, and the queries it resolves as usage, tiered by queries per month.',
  usage: {
    monthly_queries: { unit: 'queries', description: 'DNS queries through the endpoint per month.' },
  },
  price(ctx) {
    const n = ctx.blocks('ip_address').length;
    return [
      { name: `Resolver network interfaces (${n} IP address${n === 1 ? '' : 'es'})`, unit: 'hours', priceKey: 'route53resolver.endpoint-ip', quantity: n, per: 'hour' },
      { name: 'DNS queries', unit: '1M queries', priceKey: 'route53resolver.queries', tiered: true, unitScale: 1e6, rawUsage: true, usage: 'monthly_queries' },
    ];
  },
});
