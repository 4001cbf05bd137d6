import { definePricer, isUnknown, unknownComponent } from '../../pricer';

export default definePricer({
  resource: 'aws_redshiftserverless_workgroup',
  docs: 'Compute as usage: the hours the workgroup is active per month, at base_capacity RPUs (128 when not set), per RPU-hour. Scaling above the base capacity, managed storage and Spectrum are not priced.',
  usage: {
    monthly_active_hours: { unit: 'hours', description: 'Hours per month the workgroup runs queries (billed per second, 60-second minimum), at its base capacity.' },
  },
  price(ctx) {
    const base = ctx.number('base_capacity') ?? 128;
    if (isUnknown(base)) return [unknownComponent('Compute', 'hours', base.unknown)];
    return [{ name: `Compute (${base} RPUs base capacity)`, unit: 'hours', priceKey: 'redshift.serverless-rpu', unitScale: base, usage: 'monthly_active_hours' }];
  },
});
