import type { Value, ResourceInstance } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type ComponentSpec, type PriceContext, type UsageValue, usageNumber } from '../../pricer';
import { volumeComponents } from './ebs-volume';

/** Burstable families whose CPU credits may be bought above the baseline in unlimited mode. */
const BURSTABLE = /^(t2|t3|t3a|t4g)\./;

/** Root and extra EBS volumes of an instance or launch template, from its block device blocks. */
export function blockDeviceComponents(ctx: PriceContext): ComponentSpec[] {
  const out: ComponentSpec[] = [];
  const num = (v: Value | undefined): number | undefined => (v?.kind === 'number' ? v.value : undefined);
  const str = (v: Value | undefined): string | undefined => (v?.kind === 'string' ? v.value : undefined);
  const field = (b: Value, k: string): Value | undefined => (b.kind === 'object' ? b.entries.get(k) : undefined);
  const root = ctx.blocks('root_block_device')[0];
  if (root) {
    const size = field(root, 'volume_size');
    if (size?.kind === 'unknown') out.push(unknownComponent('Root volume', 'GB-months', `volume_size is ${size.reason}`));
    else {
      out.push(...volumeComponents('Root volume', str(field(root, 'volume_type')) ?? 'gp2', num(size) ?? 8, num(field(root, 'iops')), num(field(root, 'throughput'))));
    }
  } else {
    // the AMI decides the root volume; 8 GB gp2 is what Amazon Linux and Ubuntu images ship with
    out.push(...volumeComponents('Root volume', 'gp2', 8, undefined, undefined).map((c) => ({ ...c, name: `${c.name}, AMI default 8 GB assumed` })));
  }
  for (const b of ctx.blocks('ebs_block_device')) {
    const device = str(field(b, 'device_name')) ?? 'extra';
    const size = field(b, 'volume_size');
    if (size?.kind === 'unknown' || num(size) === undefined) {
      out.push(unknownComponent(`EBS volume ${device}`, 'GB-months', size?.kind === 'unknown' ? `volume_size is ${size.reason}` : 'the size comes from the snapshot'));
      continue;
    }
    out.push(...volumeComponents(`EBS volume ${device}`, str(field(b, 'volume_type')) ?? 'gp2', num(size)!, num(field(b, 'iops')), num(field(b, 'throughput'))));
  }
  return out;
}

/** The instance-hours component for a type, with tenancy; spot-capable unless dedicated. */
export function instanceHours(name: string, type: string, tenancy: string, count = 1): ComponentSpec {
  const dedicated = tenancy === 'dedicated' || tenancy === 'host';
  return {
    name: `${name} (Linux, ${dedicated ? 'dedicated' : 'on-demand'}, ${type})`,
    unit: 'hours',
    priceKey: `ec2.instance/${type}/linux${dedicated ? '/dedicated' : ''}`,
    quantity: count,
    per: 'hour',
    discount: 'ec2',
    spotCapable: !dedicated,
  };
}

export default definePricer({
  resource: 'aws_instance',
  infracostUsage: {
    monthly_cpu_credit_hrs: { derive: 'monthly_cpu_credit_hours', from: cpuCreditVcpuHours },
    vcpu_count: { derive: 'monthly_cpu_credit_hours', from: cpuCreditVcpuHours },
    operating_system: { unused: 'Kensa prices Linux instances (the price data has no Windows, RHEL or SUSE EC2 rates).' },
    monthly_hrs: { unused: 'Kensa prices an instance for the whole month (730 hours).' },
    reserved_instance_type: { reservation: true },
    reserved_instance_term: { reservation: true },
    reserved_instance_payment_option: { reservation: true },
  },
  docs: 'Instance hours by type and tenancy (dedicated tenancy is priced only when the catalogue was refreshed from AWS offer files), a public IPv4 address when associate_public_ip_address is true (Linux prices: the AMI\'s operating system is not known offline), the root volume (8 GB gp2 assumed when the block is omitted), extra EBS volumes, and CPU credits above the baseline for t2/t3/t3a/t4g in unlimited mode as usage. Spot share and EC2 commitment discounts apply.',
  usage: {
    monthly_cpu_credit_hours: { unit: 'vCPU-hours', description: 'CPU credits used above the baseline per month (unlimited mode).' },
  },
  price(ctx) {
    const type = ctx.string('instance_type');
    if (type === undefined) return [unknownComponent('Instance usage', 'hours', 'no instance_type (a launch template sets it)')];
    if (isUnknown(type)) return [unknownComponent('Instance usage', 'hours', type.unknown), ...blockDeviceComponents(ctx)];
    const tenancy = ctx.string('tenancy');
    const out: ComponentSpec[] = [instanceHours('Instance usage', type, typeof tenancy === 'string' ? tenancy : 'default')];
    out.push(...blockDeviceComponents(ctx));
    // AWS bills every public IPv4 address by the hour since February 2024
    const publicIp = ctx.bool('associate_public_ip_address');
    if (publicIp === true) out.push({ name: 'Public IPv4 address', unit: 'hours', priceKey: 'ec2.eip/public-ipv4', quantity: 1, per: 'hour' });
    if (BURSTABLE.test(type)) {
      const credits = ctx.string('credit_specification.cpu_credits');
      // t3 and t4g launch in unlimited mode by default, t2 in standard mode
      const unlimited = credits === 'unlimited' || (credits === undefined && !type.startsWith('t2.'));
      // AWS publishes $0.05 per vCPU-hour for t2/t3/t3a and $0.04 for t4g (Linux); the feeds lack it
      const family = type.split('.')[0]!;
      if (unlimited) out.push({ name: 'CPU credits (unlimited mode)', unit: 'vCPU-hours', priceKey: `ec2.cpu-credits/${family}/linux`, price: family === 't4g' ? 0.04 : 0.05, usage: 'monthly_cpu_credit_hours' });
    }
    return out;
  },
});

/** vCPUs of the burstable sizes, for Infracost's monthly_cpu_credit_hrs (hours of bursting, per instance). */
const BURSTABLE_VCPUS: Readonly<Record<string, number>> = { nano: 2, micro: 2, small: 2, medium: 2, large: 2, xlarge: 4, '2xlarge': 8 };

/** Infracost's hours of bursting times the vCPUs (vcpu_count, else the type's) as Kensa's vCPU-hours of CPU credits. */
function cpuCreditVcpuHours(read: (key: string) => UsageValue | undefined, r: ResourceInstance): number | undefined {
  const hours = usageNumber(read, 'monthly_cpu_credit_hrs');
  if (hours === undefined) return undefined;
  const type = r.value.kind === 'object' ? r.value.entries.get('instance_type') : undefined;
  const m = type?.kind === 'string' ? /^(t2|t3a?|t4g)\.(\w+)$/.exec(type.value) : null;
  // t2's smallest sizes have one vCPU
  const fromType = m ? (m[1] === 't2' && ['nano', 'micro', 'small'].includes(m[2]!) ? 1 : BURSTABLE_VCPUS[m[2]!]) : undefined;
  const vcpus = usageNumber(read, 'vcpu_count') ?? fromType;
  return vcpus === undefined ? undefined : hours * vcpus;
}
