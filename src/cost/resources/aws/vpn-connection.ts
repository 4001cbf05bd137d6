import { definePricer, type ComponentSpec } from '../../pricer';

/** A Site-to-Site VPN connection, and the transit gateway attachment it creates when it ends on one. */
export default definePricer({
  resource: 'aws_vpn_connection',
  docs: 'Hours of the VPN connection; when it ends on a transit gateway, the attachment hours and the data it sends through the gateway (usage). Accelerated VPN (Global Accelerator) and data transfer out are not priced.',
  usage: {
    monthly_data_processed_gb: { unit: 'GB', description: 'Data sent from the VPN to the transit gateway per month (transit gateway VPNs only).' },
  },
  price(ctx) {
    const out: ComponentSpec[] = [{ name: 'VPN connection', unit: 'hours', priceKey: 'vpc.vpn/hour', quantity: 1, per: 'hour' }];
    const tgw = ctx.get('transit_gateway_id');
    if (tgw && tgw.kind !== 'null') {
      out.push(
        { name: 'Transit gateway attachment', unit: 'hours', priceKey: 'vpc.transit-gateway-attachment/hour', quantity: 1, per: 'hour' },
        { name: 'Transit gateway data processed', unit: 'GB', priceKey: 'vpc.transit-gateway-attachment/gb', usage: 'monthly_data_processed_gb' },
      );
    }
    return out;
  },
});
