import { definePricer } from '../../pricer';

/** S3 Storage Class Analysis. Price: feed s3, "Per object fee for objects included in Analytics" (per object monitored a month). */
export default definePricer({
  resource: 'aws_s3_bucket_analytics_configuration',
  docs: 'Objects monitored by Storage Class Analysis per month, as usage. The export of results to a bucket is priced as that bucket\'s storage.',
  usage: {
    monthly_monitored_objects: { unit: 'objects', description: 'Objects the configuration monitors per month.' },
  },
  price() {
    return [{ name: 'Objects monitored', unit: '1M objects', priceKey: 's3.analytics-objects', unitScale: 1e6, rawUsage: true, usage: 'monthly_monitored_objects' }];
  },
});
