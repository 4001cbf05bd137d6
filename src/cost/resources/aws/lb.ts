import { definePricer, isUnknown, unknownComponent, type ComponentSpec, type PriceContext, type Pricer } from '../../pricer';

const KINDS: Readonly<Record<string, { key: string; label: string; unit: string }>> = {
  application: { key: 'alb', label: 'Application load balancer', unit: 'LCU-hours' },
  network: { key: 'nlb', label: 'Network load balancer', unit: 'NLCU-hours' },
  gateway: { key: 'gwlb', label: 'Gateway load balancer', unit: 'GLCU-hours' },
};

/** The components of an aws_lb or aws_alb: hours by load balancer type, capacity units as usage. */
function priceLoadBalancer(ctx: PriceContext): ComponentSpec[] {
  const type = ctx.string('load_balancer_type') ?? 'application';
  if (isUnknown(type)) return [unknownComponent('Load balancer', 'hours', type.unknown)];
  const kind = KINDS[type];
  if (!kind) return [unknownComponent('Load balancer', 'hours', `load_balancer_type "${type}" is not one Kensa prices`)];
  return [
    { name: kind.label, unit: 'hours', priceKey: `elb.${kind.key}/hour`, quantity: 1, per: 'hour' },
    { name: 'Capacity units', unit: kind.unit, priceKey: `elb.${kind.key}/lcu`, usage: 'monthly_lcu_hours' },
  ];
}

const usage = {
  monthly_lcu_hours: {
    unit: 'LCU-hours',
    description: 'Capacity units used per month: each hour, the largest of new connections, active connections, processed bytes and (application) rule evaluations, in LCUs (NLCUs, GLCUs); an average of 2 LCUs is 1,460.',
  },
};

const docs = 'Hours of the load balancer by type (application, network, gateway) and the capacity units it uses (LCU, NLCU, GLCU) as usage. Public IPv4 addresses of internet-facing load balancers and data transfer are not included.';

/** A load balancer (aws_lb). */
export const lbPricer: Pricer = definePricer({ resource: 'aws_lb', docs, usage, price: priceLoadBalancer });

/** The same load balancer under its older name (aws_alb). */
export const albPricer: Pricer = definePricer({ resource: 'aws_alb', docs, usage, price: priceLoadBalancer });

export default lbPricer;
