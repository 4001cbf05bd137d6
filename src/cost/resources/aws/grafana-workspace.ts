import { definePricer } from '../../pricer';

/** A Managed Grafana workspace: active users. Prices: feed grafana, "User Fees Editor" and "User Fees Viewer" (per active user-month). */
export default definePricer({
  resource: 'aws_grafana_workspace',
  infracostUsage: {
    editors_administrator_licenses: 'editors',
    viewer_licenses: 'viewers',
  },
  docs: 'Active editors (and administrators) and viewers per month, as usage. The Enterprise plugins licence is not included.',
  usage: {
    editors: { unit: 'users', description: 'Active editor and administrator users per month.' },
    viewers: { unit: 'users', description: 'Active viewer users per month.' },
  },
  price() {
    return [
      { name: 'Editor licenses', unit: 'users', priceKey: 'grafana.user/editor', usage: 'editors' },
      { name: 'Viewer licenses', unit: 'users', priceKey: 'grafana.user/viewer', usage: 'viewers' },
    ];
  },
});
