import { definePricer } from '../../pricer';

/** An AWS Config organization custom rule. Prices: feed config, "Config Rules first 100000 / next 400000 / 500001 and more" (per evaluation). */
export default definePricer({
  resource: 'aws_config_organization_custom_rule',
  docs: 'Rule evaluations across the organization\'s accounts as usage, tiered by evaluations per month (AWS counts the tiers per account and region, so they are priced from the first tier). The Lambda function behind the rule is priced on its own.',
  usage: {
    monthly_rule_evaluations: { unit: 'evaluations', description: 'Rule evaluations per month, summed over the accounts the rule is deployed to.' },
  },
  price() {
    return [{ name: 'Rule evaluations', unit: 'evaluations', priceKey: 'config.rule-evaluations', tiered: true, usage: 'monthly_rule_evaluations' }];
  },
});
