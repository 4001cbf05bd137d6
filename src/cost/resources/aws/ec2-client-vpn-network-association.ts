import { definePricer } from '../../pricer';

/** A Client VPN network association. Price: feed vpc, "Hourly charge for Client VPN Endpoints per Hourly" (per association-hour). */
export default definePricer({
  resource: 'aws_ec2_client_vpn_network_association',
  docs: 'Hours of the subnet association: AWS bills a Client VPN endpoint per associated subnet. Client connection hours are priced with aws_ec2_client_vpn_endpoint.',
  price() {
    return [{ name: 'Endpoint association', unit: 'hours', priceKey: 'vpc.client-vpn/endpoint', quantity: 1, per: 'hour' }];
  },
});
