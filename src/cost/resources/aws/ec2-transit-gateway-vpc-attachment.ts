import { definePricer } from '../../pricer';

/** A VPC attached to a transit gateway: an hourly attachment charge and a charge per GB it sends. */
export default definePricer({
  resource: 'aws_ec2_transit_gateway_vpc_attachment',
  docs: 'Hours of the attachment and the data sent from the VPC through the transit gateway as usage. The transit gateway itself has no charge.',
  usage: {
    monthly_data_processed_gb: { unit: 'GB', description: 'Data sent from this VPC to the transit gateway per month.' },
  },
  price() {
    return [
      { name: 'Transit gateway attachment', unit: 'hours', priceKey: 'vpc.transit-gateway-attachment/hour', quantity: 1, per: 'hour' },
      { name: 'Data processed', unit: 'GB', priceKey: 'vpc.transit-gateway-attachment/gb', usage: 'monthly_data_processed_gb' },
    ];
  },
});
