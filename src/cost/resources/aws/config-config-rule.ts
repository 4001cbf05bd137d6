import { definePricer } from '../../pricer';

/** An AWS Config rule: rule evaluations, tiered by evaluations per month, as usage. */
export default definePricer({
  resource: 'aws_config_config_rule',
  docs: 'Rule evaluations as usage, tiered by evaluations per month (AWS counts the tiers across the account and region, so a single rule\'s evaluations are priced from the first tier). Configuration items are priced with aws_config_configuration_recorder; the Lambda function behind a custom rule is priced on its own.',
  usage: {
    monthly_rule_evaluations: { unit: 'evaluations', description: 'Rule evaluations per month (one per resource evaluated, each time the rule runs).' },
  },
  price() {
    return [{ name: 'Rule evaluations', unit: 'evaluations', priceKey: 'config.rule-evaluations', tiered: true, usage: 'monthly_rule_evaluations' }];
  },
});
