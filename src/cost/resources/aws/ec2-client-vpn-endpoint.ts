import { definePricer } from '../../pricer';

/** A Client VPN endpoint: client connection hours. Price: feed vpc, "Hourly charge for Client VPN connections per Hourly". */
export default definePricer({
  resource: 'aws_ec2_client_vpn_endpoint',
  docs: 'Client connection hours as usage. The endpoint is billed per associated subnet: those hours are priced with aws_ec2_client_vpn_network_association.',
  usage: {
    monthly_connection_hours: { unit: 'hours', description: 'Client connection hours per month (connected clients x hours connected).' },
  },
  price() {
    return [{ name: 'Client connections', unit: 'hours', priceKey: 'vpc.client-vpn/connection', usage: 'monthly_connection_hours' }];
  },
});
