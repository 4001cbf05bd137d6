import type { Value } from '../../../terraform';
import { definePricer, type ComponentSpec } from '../../pricer';

/** Routing policy blocks and the query rate each is billed at; the rest (simple, weighted, failover, multivalue) is standard. */
const POLICIES: readonly { block: string; key: string; name: string; usage: string }[] = [
  { block: 'latency_routing_policy', key: 'latency', name: 'Latency-based routing queries', usage: 'monthly_latency_based_queries' },
  { block: 'geolocation_routing_policy', key: 'geo', name: 'Geolocation queries', usage: 'monthly_geo_queries' },
  { block: 'geoproximity_routing_policy', key: 'geo', name: 'Geoproximity queries', usage: 'monthly_geo_queries' },
  { block: 'cidr_routing_policy', key: 'ip-based', name: 'IP-based routing queries', usage: 'monthly_ip_based_queries' },
];

function same(a: Value | undefined, b: Value | undefined): boolean {
  if (a?.kind === 'string' && b?.kind === 'string') return a.value === b.value;
  return a?.kind === 'unknown' && b?.kind === 'unknown' && a.source !== undefined && a.source === b.source;
}

/** A DNS record: queries as usage, at the rate of its routing policy; alias queries to AWS resources are free. */
export default definePricer({
  resource: 'aws_route53_record',
  docs: 'DNS queries as usage, tiered by queries per month, at the standard rate or the latency, geolocation/geoproximity or IP-based rate of the record\'s routing policy (weighted, failover and multivalue records are standard). Queries to alias records that point at AWS resources (load balancers, CloudFront, S3 websites, API Gateway...) are free, so such records cost nothing; aliases to another record in the same zone are priced.',
  usage: {
    monthly_standard_queries: { unit: 'queries', description: 'DNS queries per month to a record with simple, weighted, failover or multivalue routing.' },
    monthly_latency_based_queries: { unit: 'queries', description: 'DNS queries per month to a latency-based record.' },
    monthly_geo_queries: { unit: 'queries', description: 'DNS queries per month to a geolocation or geoproximity record.' },
    monthly_ip_based_queries: { unit: 'queries', description: 'DNS queries per month to an IP-based (CIDR) record.' },
  },
  price(ctx) {
    const alias = ctx.get('alias');
    if (alias && alias.kind !== 'null' && !(alias.kind === 'list' && alias.items.length === 0)) {
      const target = ctx.get('alias.zone_id');
      const name = ctx.get('alias.name');
      const toRecord = (name?.kind === 'unknown' && name.source?.startsWith('aws_route53_record.')) || same(target, ctx.get('zone_id'));
      if (!toRecord) return [{ name: 'Alias queries to an AWS resource (free)', unit: 'records', quantity: 1, per: 'month', price: 0 }];
    }
    const policy = POLICIES.find((p) => ctx.blocks(p.block).length > 0);
    const spec: ComponentSpec = policy
      ? { name: policy.name, unit: '1M queries', priceKey: `route53.queries/${policy.key}`, tiered: true, unitScale: 1e6, rawUsage: true, usage: policy.usage }
      : { name: 'Standard queries', unit: '1M queries', priceKey: 'route53.queries/standard', tiered: true, unitScale: 1e6, rawUsage: true, usage: 'monthly_standard_queries' };
    return [spec];
  },
});
