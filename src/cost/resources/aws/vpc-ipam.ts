import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** A VPC IP Address Manager. Price: feed vpc, "Hourly charge for Active IP Addresses per hours" (per managed IP-hour, Advanced tier). */
export default definePricer({
  resource: 'aws_vpc_ipam',
  docs: 'Advanced tier (the default): the active IP addresses it manages, as usage, per IP-hour. The Free tier costs nothing.',
  usage: {
    active_ip_addresses: { unit: 'IP addresses', description: 'Active IP addresses in the IPAM\'s scopes, average over the month.' },
  },
  price(ctx) {
    const tier = ctx.string('tier') ?? 'advanced';
    if (isUnknown(tier)) return [unknownComponent('Active IP addresses', 'hours', tier.unknown)];
    if (tier === 'free') return [{ name: 'IPAM (free tier)', unit: 'months', quantity: 1, per: 'month', price: 0 }];
    return [{ name: 'Active IP addresses (advanced tier)', unit: 'IPs (average)', priceKey: 'vpc.ipam-active-ip', unitScale: 730, usage: 'active_ip_addresses' }];
  },
});
