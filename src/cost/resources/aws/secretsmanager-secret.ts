import { definePricer, type ComponentSpec } from '../../pricer';

/** A Secrets Manager secret: a monthly price per copy (replicas included) and API calls. */
export default definePricer({
  resource: 'aws_secretsmanager_secret',
  docs: 'One secret per month, one more for each replica region (replica blocks), and API calls as usage. The 30-day free trial and the KMS key that encrypts it (aws_kms_key, unless the AWS managed key is used) are not included.',
  usage: {
    monthly_requests: { unit: 'requests', description: 'API calls (GetSecretValue, ...) per month.' },
  },
  price(ctx) {
    const replicas = ctx.blocks('replica').length;
    const out: ComponentSpec[] = [{ name: 'Secret', unit: 'months', priceKey: 'secretsmanager.secret', quantity: 1, per: 'month' }];
    if (ctx.resource.body.unknownBlocks.includes('replica')) out.push({ name: 'Replica secrets', unit: 'months', unknown: 'the replica blocks come from a dynamic block whose for_each is unknown' });
    else if (replicas) out.push({ name: `Replica secrets (${replicas} region${replicas === 1 ? '' : 's'})`, unit: 'months', priceKey: 'secretsmanager.secret', quantity: replicas, per: 'month' });
    out.push({ name: 'API calls', unit: '1M requests', priceKey: 'secretsmanager.requests', unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' });
    return out;
  },
});
