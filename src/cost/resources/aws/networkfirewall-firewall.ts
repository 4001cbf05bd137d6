import { definePricer } from '../../pricer';

/** A Network Firewall. Prices: feed networkfirewall, "AWS Firewall per Endpoint" (per endpoint-hour) and "AWS Firewall per Throughput" (per GB processed). */
export default definePricer({
  resource: 'aws_networkfirewall_firewall',
  docs: 'Endpoint hours, one endpoint per subnet_mapping (one per Availability Zone), and data processed as usage. The NAT gateway hours and data that AWS waives for traffic through the firewall, and Advanced Inspection, are not included.',
  usage: {
    monthly_data_processed_gb: { unit: 'GB', description: 'Data processed by the firewall per month.' },
  },
  price(ctx) {
    const n = ctx.blocks('subnet_mapping').length;
    return [
      { name: `Firewall endpoints (${n} subnet mapping${n === 1 ? '' : 's'})`, unit: 'hours', priceKey: 'networkfirewall.endpoint', quantity: n, per: 'hour' },
      { name: 'Data processed', unit: 'GB', priceKey: 'networkfirewall.gb', usage: 'monthly_data_processed_gb' },
    ];
  },
});
