import { definePricer } from '../../pricer';

/** A composite alarm: a flat monthly price; the alarms it combines are priced on their own. */
export default definePricer({
  resource: 'aws_cloudwatch_composite_alarm',
  docs: 'One composite alarm per month. The metric alarms its rule combines are priced with aws_cloudwatch_metric_alarm.',
  price() {
    return [{ name: 'Composite alarm', unit: 'alarms', priceKey: 'cloudwatch.alarm/composite', quantity: 1, per: 'month' }];
  },
});
