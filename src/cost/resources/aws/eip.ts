import type { Value } from '../../../terraform';
import { definePricer } from '../../pricer';

/** Does a value (anywhere inside it) derive from an attribute of the resource at `address`? */
export function mentions(v: Value | undefined, address: string): boolean {
  if (!v) return false;
  if (v.kind === 'unknown') return v.source !== undefined && v.source.startsWith(`${address}.`);
  if (v.kind === 'list') return v.items.some((x) => mentions(x, address));
  if (v.kind === 'object') return [...v.entries.values()].some((x) => mentions(x, address));
  return false;
}

/** Resource types that put an Elastic IP to use by referencing it. */
const USERS = ['aws_eip_association', 'aws_nat_gateway', 'aws_lb', 'aws_alb', 'aws_globalaccelerator_endpoint_group'];

/** An Elastic IP: a public IPv4 address billed by the hour, attached or idle. */
export default definePricer({
  resource: 'aws_eip',
  docs: 'The public IPv4 address by the hour: in use when instance or network_interface is set or an association, NAT gateway or load balancer in the configuration references it, idle otherwise. Addresses from your own pool (BYOIP, public_ipv4_pool other than amazon) and Customer-owned IPs are not charged.',
  price(ctx) {
    const pool = ctx.string('public_ipv4_pool');
    const own = ctx.string('customer_owned_ipv4_pool');
    if ((typeof pool === 'string' && pool !== 'amazon') || typeof own === 'string') {
      return [{ name: 'Public IPv4 address (own pool, free)', unit: 'hours', quantity: 1, per: 'hour', price: 0 }];
    }
    const attached = ['instance', 'network_interface'].some((a) => {
      const v = ctx.get(a);
      return v !== undefined && v.kind !== 'null';
    });
    const me = ctx.resource.address;
    const used = attached || USERS.some((t) => ctx.resources(t).some((r) => mentions(r.value, me)));
    return [
      used
        ? { name: 'Public IPv4 address (in use)', unit: 'hours', priceKey: 'ec2.eip/public-ipv4', quantity: 1, per: 'hour' }
        : { name: 'Public IPv4 address (idle)', unit: 'hours', priceKey: 'ec2.eip/idle', quantity: 1, per: 'hour' },
    ];
  },
});
