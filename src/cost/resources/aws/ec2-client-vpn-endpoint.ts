import { definePricer, unknownComponent, type ComponentSpec } from '../../pricer';
import { mentions } from './eip';

/** A Client VPN endpoint: hours per associated subnet, and connection hours. */
export default definePricer({
  resource: 'aws_ec2_client_vpn_endpoint',
  docs: 'Hours of each subnet association (aws_ec2_client_vpn_network_association resources in the configuration that reference the endpoint) and client connection hours as usage.',
  usage: {
    monthly_connection_hours: { unit: 'hours', description: 'Client connection hours per month (connected clients x hours connected).' },
  },
  price(ctx) {
    const me = ctx.resource.address;
    const associations = ctx.resources('aws_ec2_client_vpn_network_association').filter((a) => mentions(a.value, me));
    const out: ComponentSpec[] = [];
    const unknownCount = associations.find((a) => a.expansionUnknown);
    if (unknownCount) out.push(unknownComponent('Endpoint associations', 'hours', `the number of ${unknownCount.address} is unknown: ${unknownCount.expansionUnknown}`));
    else {
      const n = associations.length;
      out.push({ name: `Subnet associations (${n} in this configuration)`, unit: 'hours', priceKey: 'vpc.client-vpn/endpoint', quantity: n, per: 'hour' });
    }
    out.push({ name: 'Client connections', unit: 'hours', priceKey: 'vpc.client-vpn/connection', usage: 'monthly_connection_hours' });
    return out;
  },
});
