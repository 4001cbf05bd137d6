import { definePricer } from '../../pricer';

/** A Classic Load Balancer: hours, and the data it processes. */
export default definePricer({
  resource: 'aws_elb',
  docs: 'Hours of the Classic Load Balancer and the data it processes as usage. Data transfer out is not included.',
  usage: {
    monthly_data_processed_gb: { unit: 'GB', description: 'Data processed by the load balancer per month.' },
  },
  price() {
    return [
      { name: 'Classic load balancer', unit: 'hours', priceKey: 'elb.clb/hour', quantity: 1, per: 'hour' },
      { name: 'Data processed', unit: 'GB', priceKey: 'elb.clb/gb', usage: 'monthly_data_processed_gb' },
    ];
  },
});
