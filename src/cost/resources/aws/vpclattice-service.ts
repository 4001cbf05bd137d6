import { definePricer } from '../../pricer';

/** A VPC Lattice service. Prices: feed vpc, "Charge per Hour per VPC Lattice Service per Hrs", "Charge per GB Data Processed by VPC Lattice Service per GB", "Charge per Request per hour processed by VPC Lattice Service per Requests". */
export default definePricer({
  resource: 'aws_vpclattice_service',
  docs: 'Hours of the service, and data processed and requests beyond the free 300,000 an hour, as usage.',
  usage: {
    monthly_data_processed_gb: { unit: 'GB', description: 'Data processed by the service per month.' },
    monthly_requests: { unit: 'requests', description: 'Requests per month beyond the free 300,000 each hour.' },
  },
  price() {
    return [
      { name: 'Service', unit: 'hours', priceKey: 'vpc.lattice-service/hour', quantity: 1, per: 'hour' },
      { name: 'Data processed', unit: 'GB', priceKey: 'vpc.lattice-service/gb', usage: 'monthly_data_processed_gb' },
      { name: 'Requests', unit: '1M requests', priceKey: 'vpc.lattice-service/requests', unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' },
    ];
  },
});
