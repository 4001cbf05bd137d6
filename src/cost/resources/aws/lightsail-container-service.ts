import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** A Lightsail container service. Prices: feed lightsail, "Lightsail Containers Linux <power> ..." (per node-hour). */
export default definePricer({
  resource: 'aws_lightsail_container_service',
  docs: 'Node hours by power, scale nodes (the transfer allowance is included). A disabled service (is_disabled) is still billed.',
  price(ctx) {
    const power = ctx.string('power');
    const scale = ctx.number('scale');
    if (power === undefined || isUnknown(power)) return [unknownComponent('Container nodes', 'hours', power === undefined ? 'power is not set' : power.unknown)];
    if (scale === undefined || isUnknown(scale)) return [unknownComponent(`Container nodes (${power})`, 'hours', scale === undefined ? 'scale is not set' : scale.unknown)];
    return [{ name: `Container nodes (${power} x ${scale})`, unit: 'hours', priceKey: `lightsail.container/${power}`, quantity: scale, per: 'hour' }];
  },
});
