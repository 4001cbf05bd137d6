import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** A Parameter Store parameter. Prices: feed systemsmanager, "Advanced Parameter" (per parameter-hour) and "Advanced Parameter Standard Throughput per API Request". */
export default definePricer({
  resource: 'aws_ssm_parameter',
  infracostUsage: {
    api_throughput_limit: { unused: 'Kensa reads the tier from the parameter; higher throughput is an account setting and not priced.' },
    parameter_storage_hrs: { unused: 'Kensa prices an advanced parameter for the whole month (730 hours).' },
  },
  docs: 'Standard parameters are free. An Advanced parameter (tier = "Advanced") is billed by the hour it is stored, and its API interactions as usage. Intelligent-Tiering is priced only when the value is known to need Advanced; higher-throughput API interactions for standard parameters are an account setting and not included.',
  usage: {
    monthly_api_interactions: { unit: 'interactions', description: 'API interactions with the parameter per month (advanced parameters).' },
  },
  price(ctx) {
    const tier = ctx.string('tier') ?? 'Standard';
    if (isUnknown(tier)) return [unknownComponent('Parameter storage', 'hours', tier.unknown)];
    if (tier === 'Intelligent-Tiering') return [unknownComponent('Parameter storage', 'hours', 'Intelligent-Tiering picks Advanced only for values over 4 KB or with policies, which is known at apply')];
    if (tier !== 'Advanced') return [{ name: 'Standard parameter (free)', unit: 'months', quantity: 1, per: 'month', price: 0 }];
    return [
      { name: 'Advanced parameter storage', unit: 'hours', priceKey: 'ssm.advanced-parameter', quantity: 1, per: 'hour' },
      { name: 'API interactions', unit: '10k interactions', priceKey: 'ssm.parameter-api', unitScale: 1e4, rawUsage: true, usage: 'monthly_api_interactions' },
    ];
  },
});
