import type { ResourceInstance } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, usageNumber, type ComponentSpec, type InfracostUsageKey, type PriceContext, type Pricer, type UsageValue } from '../../pricer';

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

/** What one capacity unit holds per type: new connections a second, active connections a minute, GB processed an hour, rule evaluations a second. */
const LCU: Readonly<Record<string, { newPerSecond: number; active: number; gbPerHour: number; rulesPerSecond?: number }>> = {
  application: { newPerSecond: 25, active: 3000, gbPerHour: 1, rulesPerSecond: 1000 },
  network: { newPerSecond: 800, active: 100_000, gbPerHour: 1 },
  gateway: { newPerSecond: 600, active: 60_000, gbPerHour: 1 },
};

/**
 * Infracost's traffic of a load balancer (averages: new_connections a second, active_connections a
 * minute, processed_bytes_gb an hour, as Infracost divides it, and rule_evaluations a second) as
 * capacity-unit hours: the largest dimension in AWS's units per type, for 730 hours.
 */
function lcuHours(read: (key: string) => UsageValue | undefined, lb: ResourceInstance): number | undefined {
  const t = lb.value.kind === 'object' ? lb.value.entries.get('load_balancer_type') : undefined;
  const lcu = LCU[t?.kind === 'string' ? t.value : 'application'];
  if (!lcu) return undefined;
  const dims = [
    (usageNumber(read, 'new_connections') ?? 0) / lcu.newPerSecond,
    (usageNumber(read, 'active_connections') ?? 0) / lcu.active,
    (usageNumber(read, 'processed_bytes_gb') ?? 0) / lcu.gbPerHour,
    lcu.rulesPerSecond ? (usageNumber(read, 'rule_evaluations') ?? 0) / lcu.rulesPerSecond : 0,
  ];
  return Math.max(...dims) * 730;
}

const infracostUsage: Readonly<Record<string, InfracostUsageKey>> = Object.fromEntries(
  ['new_connections', 'active_connections', 'processed_bytes_gb', 'rule_evaluations'].map((k) => [k, { derive: 'monthly_lcu_hours', from: lcuHours }]),
);

const docs = 'Hours of the load balancer by type (application, network, gateway) and the capacity units it uses (LCU, NLCU, GLCU) as usage. Public IPv4 addresses of internet-facing load balancers and data transfer are not included.';

/** A load balancer (aws_lb). */
export const lbPricer: Pricer = definePricer({ resource: 'aws_lb', docs, usage, infracostUsage, price: priceLoadBalancer });

/** The same load balancer under its older name (aws_alb). */
export const albPricer: Pricer = definePricer({ resource: 'aws_alb', docs, usage, infracostUsage, price: priceLoadBalancer });

export default lbPricer;
