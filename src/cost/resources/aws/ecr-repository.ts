import { definePricer } from '../../pricer';

export default definePricer({
  resource: 'aws_ecr_repository',
  docs: 'Image storage as usage. Data transfer out of the region is not priced; transfer to services in the same region is free.',
  usage: {
    storage_gb: { unit: 'GB', description: 'Image data stored in the repository, average per month.' },
  },
  price() {
    return [{ name: 'Image storage', unit: 'GB-months', priceKey: 'ecr.storage', usage: 'storage_gb' }];
  },
});
