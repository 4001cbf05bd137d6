import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** Memory (GB) of each Lightsail bundle size; the price data names bundles by memory. */
export const LIGHTSAIL_MEMORY: Readonly<Record<string, string>> = {
  nano: '0.5', micro: '1', small: '2', medium: '4', large: '8', xlarge: '16', '2xlarge': '32', '4xlarge': '64',
};

/**
 * A Lightsail instance by bundle. Prices: feed lightsail, "Lightsail Instance Bundle <memory>GB [IPv6 ]<Linux|Windows>
 * ..." (per hour; AWS caps a month at the bundle's monthly price, which is the hourly rate x 744).
 */
export default definePricer({
  resource: 'aws_lightsail_instance',
  docs: 'Instance hours by bundle_id (size, Linux or Windows, with a public IPv4 address or IPv6 only), current bundle generation (_3_0) only. The bundle\'s transfer allowance is included; transfer beyond it and snapshots are not priced.',
  price(ctx) {
    const bundle = ctx.string('bundle_id');
    if (bundle === undefined || isUnknown(bundle)) return [unknownComponent('Instance', 'hours', bundle === undefined ? 'bundle_id is not set' : bundle.unknown)];
    const m = /^(nano|micro|small|medium|large|xlarge|2xlarge|4xlarge)(_win)?(_ipv6)?_([0-9]+)_[0-9]+$/.exec(bundle);
    if (!m) return [unknownComponent(`Instance (${bundle})`, 'hours', `bundle_id "${bundle}" is not a bundle the price data knows`)];
    if (m[4] !== '3') return [unknownComponent(`Instance (${bundle})`, 'hours', `bundle generation ${m[4]} has no price in the price data (only _3_0 bundles)`)];
    const os = m[2] ? 'windows' : 'linux';
    return [{ name: `Instance (${bundle}: ${LIGHTSAIL_MEMORY[m[1]!]} GB, ${m[2] ? 'Windows' : 'Linux'}${m[3] ? ', IPv6 only' : ''})`, unit: 'hours', priceKey: `lightsail.instance/${os}/${m[3] ? 'ipv6' : 'ipv4'}/${LIGHTSAIL_MEMORY[m[1]!]}`, quantity: 1, per: 'hour' }];
  },
});
