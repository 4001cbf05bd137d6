import { definePricer } from '../../pricer';
import { KMS_USAGE, kmsKeyComponents } from './kms-key';

/** A multi-Region replica key: billed as a key of its own, with the primary's key spec. */
export default definePricer({
  resource: 'aws_kms_replica_key',
  docs: 'One key per month (each multi-Region replica is billed as a key) and API requests as usage, at the rate of the primary key\'s spec when the primary (primary_key_arn) is in the configuration, symmetric otherwise.',
  usage: KMS_USAGE,
  price(ctx) {
    const primary = ctx.referenced('primary_key_arn', 'aws_kms_key');
    const spec = primary?.value.kind === 'object' ? primary.value.entries.get('customer_master_key_spec') : undefined;
    return kmsKeyComponents('Replica key', spec?.kind === 'string' ? spec.value : spec?.kind === 'unknown' ? { unknown: `the primary's key spec is ${spec.reason}` } : 'SYMMETRIC_DEFAULT');
  },
});
