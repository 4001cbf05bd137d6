import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** An On-Demand Capacity Reservation: the reserved instances' on-demand hours, used or not. Prices: the EC2 Linux on-demand rates (ec2.instance/<type>/linux). */
export default definePricer({
  resource: 'aws_ec2_capacity_reservation',
  docs: 'instance_count instances of instance_type at the on-demand rate for every hour the reservation is active, whether instances run in it or not (instances that do run in it are not billed again). Linux/UNIX shared-tenancy reservations only: the price data has no other platform or dedicated rates.',
  price(ctx) {
    const type = ctx.string('instance_type');
    const count = ctx.number('instance_count');
    const platform = ctx.string('instance_platform');
    const tenancy = ctx.string('tenancy') ?? 'default';
    if (type === undefined || isUnknown(type)) return [unknownComponent('Reserved capacity', 'hours', type === undefined ? 'instance_type is not set' : type.unknown)];
    if (count === undefined || isUnknown(count)) return [unknownComponent(`Reserved capacity (${type})`, 'hours', count === undefined ? 'instance_count is not set' : count.unknown)];
    if (platform === undefined || isUnknown(platform)) return [unknownComponent(`Reserved capacity (${type})`, 'hours', platform === undefined ? 'instance_platform is not set' : platform.unknown)];
    if (isUnknown(tenancy)) return [unknownComponent(`Reserved capacity (${type})`, 'hours', tenancy.unknown)];
    if (platform !== 'Linux/UNIX' || tenancy !== 'default') return [unknownComponent(`Reserved capacity (${platform}, ${tenancy}, ${type})`, 'hours', `the price data has on-demand rates only for Linux/UNIX with default tenancy`)];
    return [{ name: `Reserved capacity (Linux/UNIX, ${type} x ${count})`, unit: 'hours', priceKey: `ec2.instance/${type}/linux`, quantity: count, per: 'hour', discount: 'ec2' }];
  },
});
