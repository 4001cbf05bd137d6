import type { ResourceInstance, Value } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, usageNumber, type ComponentSpec, type PriceContext } from '../../pricer';
import { volumeComponents } from './ebs-volume';
import { blockDeviceComponents, instanceHours } from './instance';

/** The value at a dotted path under `v`, taking the first element of nested block lists. */
export function valueAt(v: Value | undefined, path: string): Value | undefined {
  for (const p of path.split('.')) {
    if (v?.kind === 'list') v = v.items[0];
    if (!v || v.kind === 'unknown') return v;
    if (v.kind !== 'object') return undefined;
    v = v.entries.get(p);
  }
  return v;
}

/** The items of a nested block list (or a single block) under `v`. */
export function blocksAt(v: Value | undefined, path: string): readonly Value[] {
  const b = valueAt(v, path);
  return b?.kind === 'list' ? b.items : b?.kind === 'object' ? [b] : [];
}

function knownString(v: Value | undefined): string | undefined {
  return v?.kind === 'string' ? v.value : v?.kind === 'number' ? String(v.value) : undefined;
}

function knownNumber(v: Value | undefined): number | undefined {
  if (v?.kind === 'number') return v.value;
  if (v?.kind === 'string' && /^\d+(\.\d+)?$/.test(v.value)) return Number(v.value);
  return undefined;
}

/** Why a value is not known, or undefined when it is. */
function unknownWhy(v: Value | undefined, what: string): string | undefined {
  return v?.kind === 'unknown' ? `${what} is ${v.reason}${v.source ? ` (${v.source})` : ''}` : undefined;
}

/**
 * The launch template an Auto Scaling group or an EKS node group uses through a block at `prefix`
 * (`launch_template`, `mixed_instances_policy.launch_template.launch_template_specification`),
 * found by its id or its name; undefined when none is configured or it is not in the configuration.
 */
export function launchTemplateAt(ctx: PriceContext, prefix: string, idKey = 'id', nameKey = 'name'): ResourceInstance | undefined {
  return ctx.referenced(`${prefix}.${idKey}`, 'aws_launch_template') ?? ctx.referenced(`${prefix}.${nameKey}`, 'aws_launch_template');
}

/** What a launch template or launch configuration says about the instances it launches. */
export interface InstanceShape {
  /** The instance type, or why it is not known. */
  readonly type: string | { readonly unknown: string };
  readonly tenancy: string;
  /** The template asks for spot instances (instance_market_options). */
  readonly spot: boolean;
  /** The EBS volumes of ONE instance. */
  readonly volumes: readonly ComponentSpec[];
}

/** The instance type, tenancy, market and volumes of an aws_launch_template. */
export function launchTemplateShape(lt: ResourceInstance, defaultRootGb = 8): InstanceShape {
  const v = lt.value;
  const typeValue = valueAt(v, 'instance_type');
  const why = unknownWhy(typeValue, `${lt.address} instance_type`);
  const type = why
    ? { unknown: why }
    : knownString(typeValue) ?? { unknown: valueAt(v, 'instance_requirements') ? `${lt.address} selects instance types by attributes (instance_requirements)` : `${lt.address} sets no instance_type` };
  const volumes: ComponentSpec[] = [];
  const mappings = blocksAt(v, 'block_device_mappings');
  for (const m of mappings) {
    const device = knownString(valueAt(m, 'device_name')) ?? 'volume';
    const ebs = valueAt(m, 'ebs');
    if (!ebs || ebs.kind === 'null') continue; // an instance store or suppressed mapping
    const size = valueAt(ebs, 'volume_size');
    const sizeWhy = unknownWhy(size, 'volume_size');
    if (sizeWhy || knownNumber(size) === undefined) {
      volumes.push(unknownComponent(`EBS volume ${device}`, 'GB-months', sizeWhy ?? 'the size comes from the AMI or snapshot'));
      continue;
    }
    volumes.push(...volumeComponents(`EBS volume ${device}`, knownString(valueAt(ebs, 'volume_type')) ?? 'gp2', knownNumber(size)!, knownNumber(valueAt(ebs, 'iops')), knownNumber(valueAt(ebs, 'throughput'))));
  }
  if (!mappings.length) {
    volumes.push(...volumeComponents('Root volume', 'gp2', defaultRootGb, undefined, undefined).map((c) => ({ ...c, name: `${c.name}, AMI default ${defaultRootGb} GB assumed` })));
  }
  return {
    type,
    tenancy: knownString(valueAt(v, 'placement.tenancy')) ?? 'default',
    spot: knownString(valueAt(v, 'instance_market_options.market_type')) === 'spot',
    volumes,
  };
}

/** The instance type, tenancy and volumes of an aws_launch_configuration (instance-style block devices). */
function launchConfigurationShape(ctx: PriceContext, lc: ResourceInstance): InstanceShape {
  const v = lc.value;
  const typeValue = valueAt(v, 'instance_type');
  const why = unknownWhy(typeValue, `${lc.address} instance_type`);
  // launch configurations write block devices like aws_instance does: reuse that reading
  const view: PriceContext = { ...ctx, blocks: (type) => blocksAt(v, type) };
  return {
    type: why ? { unknown: why } : knownString(typeValue) ?? { unknown: `${lc.address} sets no instance_type` },
    tenancy: knownString(valueAt(v, 'placement_tenancy')) ?? 'default',
    spot: valueAt(v, 'spot_price') !== undefined && valueAt(v, 'spot_price')?.kind !== 'null',
    volumes: blockDeviceComponents(view),
  };
}

/** One instance's components for `count` instances: quantities multiplied. */
export function timesInstances(components: readonly ComponentSpec[], count: number): ComponentSpec[] {
  return components.map((c) => (c.quantity === undefined ? c : { ...c, quantity: c.quantity * count, name: count === 1 ? c.name : `${c.name} x ${count}` }));
}

/** Instance hours at spot: the whole line is already at spot price. */
export function spotHours(name: string, type: string, count: number): ComponentSpec {
  return { ...instanceHours(name, type, 'default', count), name: `${name} (Linux, spot, ${type})`, spot: true, spotCapable: false };
}

export default definePricer({
  resource: 'aws_autoscaling_group',
  infracostUsage: {
    operating_system: { unused: 'Kensa prices Linux instances (the price data has no Windows, RHEL or SUSE EC2 rates).' },
    monthly_cpu_credit_hrs: { unused: 'CPU credits of group instances are not priced.' },
    vcpu_count: { unused: 'CPU credits of group instances are not priced.' },
    reserved_instance_type: { reservation: true },
    reserved_instance_term: { reservation: true },
    reserved_instance_payment_option: { reservation: true },
  },
  docs: 'Instance hours for usage "instances", else desired_capacity, else min_size instances (a group with min_size = 0 and no desired_capacity is unknown until usage says how many run) of the type the launch template, mixed instances policy (first override) or launch configuration sets, split into on-demand and spot lines by the instances distribution (fractions rounded in favour of on-demand), and their EBS volumes from the template. Linux prices; spot lines use the catalogue\'s spot price snapshot for the type and region (else the configured spot discount), with no commitment discount.',
  usage: {
    instances: { unit: 'instances', description: 'How many instances the group runs on average over the month, between min_size and max_size as it scales (default: desired_capacity, else min_size when above 0).' },
  },
  price(ctx) {
    const given = usageNumber((k) => ctx.usage(k), 'instances');
    const desired = ctx.number('desired_capacity');
    const min = ctx.number('min_size');
    // a group that may scale to nothing runs as many instances as its load asks: that is usage, not $0
    if (given === undefined && desired === undefined && min === 0) {
      const max = ctx.number('max_size');
      const range = typeof max === 'number' ? `between 0 and ${max} instances` : 'from 0 instances up';
      return [unknownComponent('Instances', 'hours', `min_size is 0 and desired_capacity is not set: the group runs ${range} as it scales; set usage "instances" to price it`)];
    }
    const n = given ?? desired ?? min;
    if (n === undefined) return [unknownComponent('Instances', 'hours', 'neither desired_capacity nor min_size is set')];
    if (isUnknown(n)) return [unknownComponent('Instances', 'hours', n.unknown)];
    const countNote = given !== undefined ? ', usage' : desired === undefined ? ', min_size' : '';

    let shape: InstanceShape | undefined;
    let onDemand = n;
    let weight = 1;
    const mixed = ctx.get('mixed_instances_policy');
    if (mixed && mixed.kind !== 'null') {
      const spec = 'mixed_instances_policy.launch_template.launch_template_specification';
      const lt = launchTemplateAt(ctx, spec, 'launch_template_id', 'launch_template_name');
      const override = blocksAt(mixed, 'launch_template.override')[0];
      const overrideType = valueAt(override, 'instance_type');
      if (lt) shape = launchTemplateShape(lt);
      if (override && overrideType && overrideType.kind !== 'null') {
        // the first override is the preferred type of the (default) prioritized on-demand strategy
        const why = unknownWhy(overrideType, 'override instance_type');
        const type = why ? { unknown: why } : knownString(overrideType)!;
        shape = shape ? { ...shape, type } : { type, tenancy: 'default', spot: false, volumes: [] };
        weight = knownNumber(valueAt(override, 'weighted_capacity')) ?? 1;
      }
      if (!shape) return [unknownComponent('Instances', 'hours', 'the mixed instances policy\'s launch template is not in this configuration')];
      const base = knownNumber(valueAt(mixed, 'instances_distribution.on_demand_base_capacity')) ?? 0;
      const pct = knownNumber(valueAt(mixed, 'instances_distribution.on_demand_percentage_above_base_capacity')) ?? 100;
      const above = Math.max(0, n - base);
      onDemand = Math.min(n, base) + Math.ceil((above * pct) / 100);
    } else {
      const lt = launchTemplateAt(ctx, 'launch_template');
      if (lt) shape = launchTemplateShape(lt);
      else {
        const lc = ctx.referenced('launch_configuration', 'aws_launch_configuration');
        if (lc) shape = launchConfigurationShape(ctx, lc);
      }
      if (!shape) {
        const why = ctx.get('launch_template') || ctx.get('launch_configuration') ? 'the launch template or configuration is not in this configuration' : 'no launch template or launch configuration';
        return [unknownComponent('Instances', 'hours', why)];
      }
      if (shape.spot) onDemand = 0;
    }
    // weighted capacity counts units, not instances
    const instances = (units: number): number => Math.ceil(units / weight);
    const odInstances = instances(onDemand);
    const spotInstances = instances(n - onDemand);
    const total = odInstances + spotInstances;
    const out: ComponentSpec[] = [];
    if (isUnknown(shape.type)) out.push(unknownComponent('Instances', 'hours', shape.type.unknown));
    else {
      if (odInstances > 0 || spotInstances === 0) out.push({ ...instanceHours('Instances', shape.type, shape.tenancy, odInstances), name: `Instances (Linux, ${shape.tenancy === 'dedicated' || shape.tenancy === 'host' ? 'dedicated' : 'on-demand'}, ${odInstances} x ${shape.type}${countNote})` });
      if (spotInstances > 0) out.push({ ...spotHours('Instances', shape.type, spotInstances), name: `Instances (Linux, spot, ${spotInstances} x ${shape.type}${countNote})` });
    }
    out.push(...timesInstances(shape.volumes, total));
    return out;
  },
});
