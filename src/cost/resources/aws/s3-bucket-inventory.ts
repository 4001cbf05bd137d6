import { definePricer } from '../../pricer';

/** An S3 Inventory configuration. Price: feed s3, "Per object fee for objects listed in an Inventory" (per object listed). */
export default definePricer({
  resource: 'aws_s3_bucket_inventory',
  docs: 'Objects listed in the inventory reports per month, as usage (a daily report lists each object about 30 times a month). The reports\' storage is priced with the destination bucket.',
  usage: {
    monthly_listed_objects: { unit: 'objects', description: 'Objects listed in inventory reports per month.' },
  },
  price() {
    return [{ name: 'Objects listed', unit: '1M objects', priceKey: 's3.inventory-objects', unitScale: 1e6, rawUsage: true, usage: 'monthly_listed_objects' }];
  },
});
