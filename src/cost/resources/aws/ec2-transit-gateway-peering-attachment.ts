import { definePricer } from '../../pricer';

/**
 * A transit gateway peering attachment: billed per hour like any attachment. AWS charges no data
 * processing for data a peering attachment sends (the sending VPC attachment already pays it).
 */
export default definePricer({
  resource: 'aws_ec2_transit_gateway_peering_attachment',
  docs: 'Hours of the peering attachment. No data processing charge applies to data sent from a peering attachment; inter-region data transfer is billed separately (not included).',
  price() {
    return [{ name: 'Transit gateway attachment (peering)', unit: 'hours', priceKey: 'vpc.transit-gateway-attachment/hour', quantity: 1, per: 'hour' }];
  },
});
