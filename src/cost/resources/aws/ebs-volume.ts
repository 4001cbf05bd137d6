import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

const TYPES = new Set(['gp2', 'gp3', 'io1', 'io2', 'st1', 'sc1', 'standard']);

/** The storage, IOPS and throughput components of one EBS volume; shared by instances and launch templates. */
export function volumeComponents(name: string, type: string, size: number, iops: number | undefined, throughput: number | undefined): ComponentSpec[] {
  const out: ComponentSpec[] = [{ name: `${name} (${type})`, unit: 'GB-months', priceKey: `ec2.ebs/${type}`, quantity: size, per: 'month' }];
  if (type === 'gp3') {
    // 3,000 IOPS and 125 MiB/s are included with every gp3 volume
    if (iops !== undefined && iops > 3000) out.push({ name: `${name} provisioned IOPS above 3,000`, unit: 'IOPS-months', priceKey: 'ec2.ebs/gp3-iops', quantity: iops - 3000, per: 'month' });
    if (throughput !== undefined && throughput > 125) out.push({ name: `${name} throughput above 125 MiB/s`, unit: 'MiBps-months', priceKey: 'ec2.ebs/gp3-throughput', quantity: throughput - 125, per: 'month' });
  } else if (type === 'io1' && iops !== undefined) {
    out.push({ name: `${name} provisioned IOPS`, unit: 'IOPS-months', priceKey: 'ec2.ebs/io1-iops', quantity: iops, per: 'month' });
  } else if (type === 'io2' && iops !== undefined) {
    out.push({ name: `${name} provisioned IOPS`, unit: 'IOPS-months', priceKey: 'ec2.ebs/io2-iops', tiered: true, quantity: iops, per: 'month' });
  } else if (type === 'standard') {
    out.push({ name: `${name} I/O requests`, unit: '1M requests', priceKey: 'ec2.ebs/standard-io', unitScale: 1e6, rawUsage: true, usage: 'monthly_standard_io_requests' });
  }
  return out;
}

export default definePricer({
  resource: 'aws_ebs_volume',
  docs: 'Storage by volume type (gp2, gp3, io1, io2, st1, sc1, magnetic), provisioned IOPS (io1, io2 tiers, gp3 above 3,000) and gp3 throughput above 125 MiB/s. Snapshots are priced with aws_ebs_snapshot.',
  usage: {
    monthly_standard_io_requests: { unit: 'requests', description: 'I/O requests on a magnetic (standard) volume per month.' },
  },
  price(ctx) {
    const type = ctx.string('type') ?? 'gp2';
    const size = ctx.number('size');
    if (isUnknown(type)) return [unknownComponent('Storage', 'GB-months', type.unknown)];
    if (!TYPES.has(type)) return [unknownComponent('Storage', 'GB-months', `volume type "${type}" is not one Kensa prices`)];
    if (size === undefined) return [unknownComponent('Storage', 'GB-months', 'the size comes from the snapshot (snapshot_id), known only after apply')];
    if (isUnknown(size)) return [unknownComponent('Storage', 'GB-months', size.unknown)];
    const iops = ctx.number('iops');
    const throughput = ctx.number('throughput');
    return volumeComponents('Storage', type, size, isUnknown(iops) ? undefined : iops, isUnknown(throughput) ? undefined : throughput);
  },
});
