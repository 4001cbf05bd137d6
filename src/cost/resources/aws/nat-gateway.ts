import { definePricer } from '../../pricer';

/** A NAT gateway: an hourly charge per gateway, and a charge per GB it processes. */
export default definePricer({
  resource: 'aws_nat_gateway',
  docs: 'Hours of the gateway (public or private), and the data it processes as usage. Data transfer out to the internet is charged separately (not included).',
  usage: {
    monthly_data_processed_gb: { unit: 'GB', description: 'Data processed by the gateway per month.' },
  },
  price() {
    return [
      { name: 'NAT gateway', unit: 'hours', priceKey: 'vpc.nat-gateway/hour', quantity: 1, per: 'hour' },
      { name: 'Data processed', unit: 'GB', priceKey: 'vpc.nat-gateway/gb', usage: 'monthly_data_processed_gb' },
    ];
  },
});
