import { definePricer, unknownComponent } from '../../pricer';

/**
 * A Direct Connect gateway association. With a transit gateway it is a transit gateway attachment; prices:
 * feed vpc, "Hourly charge for Transit Gateway AWS Direct Connect Gateway attachments per hour" and "Charge
 * for per GB data processed by AWS Transit Gateways for AWS Direct Connect Gateway attachments per GigaBytes".
 */
export default definePricer({
  resource: 'aws_dx_gateway_association',
  docs: 'With a transit gateway (associated_gateway_id of an aws_ec2_transit_gateway or a tgw- id): the attachment hours and the data it processes as usage. With a virtual private gateway the association itself is free.',
  usage: {
    monthly_data_processed_gb: { unit: 'GB', description: 'Data sent from Direct Connect through the transit gateway per month.' },
  },
  price(ctx) {
    const gw = ctx.get('associated_gateway_id');
    const transit =
      gw?.kind === 'string' ? gw.value.startsWith('tgw-') ? true : gw.value.startsWith('vgw-') ? false : undefined
        : gw?.kind === 'unknown' && gw.source ? gw.source.startsWith('aws_ec2_transit_gateway.') ? true : gw.source.startsWith('aws_vpn_gateway.') ? false : undefined
          : undefined;
    if (transit === false) return [{ name: 'Association with a virtual private gateway (free)', unit: 'hours', quantity: 1, per: 'hour', price: 0 }];
    if (transit === undefined) return [unknownComponent('Transit gateway attachment', 'hours', 'associated_gateway_id does not say whether the gateway is a transit gateway')];
    return [
      { name: 'Transit gateway attachment', unit: 'hours', priceKey: 'vpc.transit-gateway-attachment/dx-gateway/hour', quantity: 1, per: 'hour' },
      { name: 'Transit gateway data processed', unit: 'GB', priceKey: 'vpc.transit-gateway-attachment/dx-gateway/gb', usage: 'monthly_data_processed_gb' },
    ];
  },
});
