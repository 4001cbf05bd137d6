import { definePricer } from '../../pricer';

/** A CloudWatch dashboard: a flat monthly price. */
export default definePricer({
  resource: 'aws_cloudwatch_dashboard',
  docs: 'One dashboard per month. AWS gives each account three dashboards free (up to 50 metrics each); an estimate prices every dashboard, since which three are free is an account-wide matter.',
  price() {
    return [{ name: 'Dashboard (free three per account not deducted)', unit: 'dashboards', priceKey: 'cloudwatch.dashboard', quantity: 1, per: 'month' }];
  },
});
