import { definePricer } from '../../pricer';

/** A Lightsail load balancer. Price: feed lightsail, "Lightsail Load Balancer per Hrs". */
export default definePricer({
  resource: 'aws_lightsail_lb',
  docs: 'Hours of the load balancer (its TLS certificates are free).',
  price() {
    return [{ name: 'Load balancer', unit: 'hours', priceKey: 'lightsail.load-balancer', quantity: 1, per: 'hour' }];
  },
});
