import { definePricer, isUnknown, unknownComponent, type ComponentSpec, type PriceContext } from '../../pricer';

/**
 * The components of an EMR instance group at `prefix` (`master_instance_group.`, `core_instance_group.`, or `` for an
 * aws_emr_instance_group): the EC2 instances at the Linux on-demand rate and the EMR fee. Prices: the EC2 Linux
 * on-demand rates, and feed elasticmapreduce, "Instance-instancetype-<type>" (EMR fee per instance-hour).
 */
export function emrGroupComponents(ctx: PriceContext, prefix: string, role: string): ComponentSpec[] {
  const type = ctx.string(`${prefix}instance_type`);
  const count = ctx.number(`${prefix}instance_count`) ?? 1;
  if (type === undefined || isUnknown(type)) return [unknownComponent(`${role} instances`, 'hours', type === undefined ? `${prefix}instance_type is not set` : type.unknown)];
  if (isUnknown(count)) return [unknownComponent(`${role} instances (${type})`, 'hours', count.unknown)];
  const bid = ctx.get(`${prefix}bid_price`);
  const spot = bid !== undefined && bid.kind !== 'null';
  return [
    spot
      ? unknownComponent(`${role} instances (spot, ${type} x ${count})`, 'hours', 'spot instances (bid_price) are billed at the spot price, which the price data has only as a snapshot for EC2')
      : { name: `${role} instances (Linux, on-demand, ${type} x ${count})`, unit: 'hours', priceKey: `ec2.instance/${type}/linux`, quantity: count, per: 'hour', discount: 'ec2' },
    { name: `${role} EMR fee (${type} x ${count})`, unit: 'hours', priceKey: `emr.fee/${type}`, quantity: count, per: 'hour' },
  ];
}

/** An EMR cluster: its master and core instance groups. */
export default definePricer({
  resource: 'aws_emr_cluster',
  docs: 'The master and core instance groups: their EC2 instances at the Linux on-demand rate plus the EMR fee per instance-hour. Task groups are priced with aws_emr_instance_group; instance fleets, spot instances (bid_price), EBS volumes and EMR Serverless are not priced.',
  price(ctx) {
    const out: ComponentSpec[] = [];
    for (const [block, role] of [['master', 'Master'], ['core', 'Core']] as const) {
      if (ctx.blocks(`${block}_instance_group`).length > 0) out.push(...emrGroupComponents(ctx, `${block}_instance_group.`, role));
      else if (ctx.blocks(`${block}_instance_fleet`).length > 0) out.push(unknownComponent(`${role} instance fleet`, 'hours', 'instance fleets choose among several instance types at launch'));
    }
    return out;
  },
});
