import { definePricer } from '../../pricer';

/** A DataSync task. Price: feed datasync, "Data transferred" (per GB copied). */
export default definePricer({
  resource: 'aws_datasync_task',
  docs: 'Data the task copies per month as usage (Basic mode). Enhanced mode, the agents\' instances and the storage at either end are not included.',
  usage: {
    monthly_data_transferred_gb: { unit: 'GB', description: 'Data copied by the task per month.' },
  },
  price() {
    return [{ name: 'Data copied', unit: 'GB', priceKey: 'datasync.data', usage: 'monthly_data_transferred_gb' }];
  },
});
