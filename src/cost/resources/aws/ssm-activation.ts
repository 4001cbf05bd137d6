import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** A Systems Manager hybrid activation. Price: feed systemsmanager, "Instance advanced per Hrs" (per advanced-tier managed instance-hour). */
export default definePricer({
  resource: 'aws_ssm_activation',
  infracostUsage: {
    instance_tier: { unused: 'The tier follows registration_limit (advanced above 1,000 instances).' },
  },
  docs: 'On-premises servers registered with the activation, as usage, in the advanced tier: AWS needs it above 1,000 servers per account and region, so an activation whose registration_limit exceeds 1,000 is priced at the advanced rate; the standard tier is free.',
  usage: {
    instances: { unit: 'instances', description: 'Managed instances registered with the activation, average over the month.' },
  },
  price(ctx) {
    const limit = ctx.number('registration_limit') ?? 1;
    if (isUnknown(limit)) return [unknownComponent('Managed instances', 'hours', limit.unknown)];
    if (limit <= 1000) return [{ name: 'Managed instances (standard tier, free)', unit: 'instances', quantity: 0, per: 'month', price: 0 }];
    return [{ name: 'Managed instances (advanced tier)', unit: 'instances (average)', priceKey: 'ssm.advanced-instance', unitScale: 730, usage: 'instances' }];
  },
});
