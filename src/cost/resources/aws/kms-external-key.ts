import { definePricer } from '../../pricer';
import { kmsKeyComponents, KMS_USAGE } from './kms-key';

/** A KMS key with imported key material. Prices: feed kms, "Encryption Key" (per key-month) and "API request - Non Free Tier". */
export default definePricer({
  resource: 'aws_kms_external_key',
  docs: 'One customer managed key per month (keys with imported key material are billed as any customer managed key) and API requests as usage at the symmetric rate. The free tier of requests is not included.',
  usage: KMS_USAGE,
  price() {
    return kmsKeyComponents('Customer managed key (imported key material)', 'SYMMETRIC_DEFAULT');
  },
});
