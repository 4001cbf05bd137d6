import { definePricer } from '../../pricer';

/** A Transit Gateway Connect attachment. Price: feed vpc, "Hourly charge for Transit Gateway Connect attachments per hour". */
export default definePricer({
  resource: 'aws_ec2_transit_gateway_connect',
  docs: 'Hours of the Connect attachment. Data sent through it is processed by its transport attachment, priced there.',
  price() {
    return [{ name: 'Transit gateway Connect attachment', unit: 'hours', priceKey: 'vpc.transit-gateway-attachment/connect/hour', quantity: 1, per: 'hour' }];
  },
});
