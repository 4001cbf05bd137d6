import { definePricer } from '../../pricer';

export default definePricer({
  resource: 'aws_msk_serverless_cluster',
  docs: 'Cluster hours, and partitions as usage (average partitions over the month, billed per partition-hour). Data in and out and storage are not in the catalogue and not priced.',
  usage: {
    average_partitions: { unit: 'partitions', description: 'Average number of partitions over the month.' },
  },
  price() {
    return [
      { name: 'Cluster', unit: 'hours', priceKey: 'msk.serverless-cluster', quantity: 1, per: 'hour' },
      // an average partition count held for the 730 hours of the month
      { name: 'Partitions', unit: 'partitions (average)', priceKey: 'msk.serverless-partition', unitScale: 730, usage: 'average_partitions' },
    ];
  },
});
