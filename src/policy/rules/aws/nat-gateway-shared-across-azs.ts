import { defineRule } from '../../rule';
import { isPublicNat, zoneOfNat, zonesServedBy } from './nat-gateway-routes';

/**
 * One NAT gateway carrying the internet traffic of private subnets in several Availability Zones.
 * The counterpart of aws-nat-gateway-per-az-non-production: cheaper, but a zonal single point of
 * failure, which is a fair trade in development and a risk in production.
 */
export default defineRule({
  id: 'aws-nat-gateway-shared-across-azs',
  title: 'One NAT gateway serves several Availability Zones',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_nat_gateway'],
  docs: {
    why: 'A NAT gateway lives in one Availability Zone. When private subnets in other zones route through it, an outage of its zone also cuts the other zones\' instances off from the internet and AWS APIs without VPC endpoints, so a multi-AZ design still fails with one zone; their traffic also pays cross-AZ data transfer ($0.01/GB each way).',
    fix: 'In production, create one NAT gateway per Availability Zone (in that zone\'s public subnet) and give each zone\'s private subnets a route table pointing at their own zone\'s NAT gateway. In development one shared NAT gateway is a reasonable saving: suppress this finding there with the reason.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-scenarios.html'],
  },
  check({ resource, graph, report }) {
    if (!isPublicNat(resource)) return;
    const zones = zonesServedBy(resource, graph).filter((z): z is string => z !== undefined);
    const distinct = [...new Set(zones)].sort();
    if (distinct.length < 2) return;
    const home = zoneOfNat(resource, graph);
    report({
      at: resource,
      message: `This NAT gateway${home ? ` (in ${home})` : ''} carries the internet traffic of private subnets in ${distinct.length} Availability Zones (${distinct.join(', ')}): if its zone fails, all of them lose outbound access. Use one NAT gateway per zone in production.`,
    });
  },
});
