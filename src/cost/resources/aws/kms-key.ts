import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** Key specs whose requests are billed at the symmetric rate: symmetric, HMAC and RSA 2048 keys. */
const SYMMETRIC_RATE = /^(SYMMETRIC_DEFAULT|HMAC_\d+|RSA_2048)$/;

/** The components of one KMS key (a key or a replica) of a given key spec. */
export function kmsKeyComponents(name: string, spec: string | { readonly unknown: string }): ComponentSpec[] {
  const key: ComponentSpec = { name, unit: 'months', priceKey: 'kms.key', quantity: 1, per: 'month' };
  if (isUnknown(spec)) return [key, unknownComponent('Requests', '1M requests', spec.unknown)];
  const symmetric = SYMMETRIC_RATE.test(spec);
  return [key, {
    name: `Requests (${symmetric ? (spec === 'SYMMETRIC_DEFAULT' ? 'symmetric' : `${spec}, symmetric rate`) : `${spec}, asymmetric`})`,
    unit: '1M requests',
    priceKey: `kms.requests/${symmetric ? 'symmetric' : 'asymmetric'}`,
    unitScale: 1e6, rawUsage: true,
    usage: 'monthly_requests',
  }];
}

/** Usage of a KMS key, shared with replica keys. */
export const KMS_USAGE = {
  monthly_requests: { unit: 'requests', description: 'Cryptographic and other API requests to the key per month.' },
};

/** A customer managed KMS key: a monthly price and its requests. */
export default definePricer({
  resource: 'aws_kms_key',
  docs: 'One customer managed key per month, and API requests as usage at the symmetric rate (symmetric, HMAC and RSA 2048 keys) or the asymmetric rate (customer_master_key_spec). The $1 a month that each of the first two automatic rotations adds, GenerateDataKeyPair requests (priced higher) and the free tier of requests are not included.',
  usage: KMS_USAGE,
  price(ctx) {
    const spec = ctx.string('customer_master_key_spec') ?? 'SYMMETRIC_DEFAULT';
    return kmsKeyComponents(ctx.bool('multi_region') === true ? 'Customer managed key (multi-Region primary)' : 'Customer managed key', spec);
  },
});
