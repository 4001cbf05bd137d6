import { definePricer } from '../../pricer';

/** An Athena workgroup. Price: feed athena, "Athena Queries" (per TB scanned by SQL queries). */
export default definePricer({
  resource: 'aws_athena_workgroup',
  docs: 'Data scanned by the workgroup\'s SQL queries as usage (AWS rounds each query up to 10 MB). Provisioned capacity, Spark sessions and the S3 results are not included.',
  usage: {
    monthly_data_scanned_tb: { unit: 'TB', description: 'Data scanned by queries per month.' },
  },
  price() {
    return [{ name: 'Data scanned', unit: 'TB', priceKey: 'athena.data-scanned', usage: 'monthly_data_scanned_tb' }];
  },
});
