import { definePricer } from '../../pricer';

/** A Cloud Map service instance. Price: feed cloudmap, "Resource" (per registered resource-month). */
export default definePricer({
  resource: 'aws_service_discovery_instance',
  docs: 'The registered instance per month. Discovery API calls and the Route 53 hosted zone and queries of DNS namespaces are not included.',
  price() {
    return [{ name: 'Registered instance', unit: 'months', priceKey: 'cloudmap.resource', quantity: 1, per: 'month' }];
  },
});
