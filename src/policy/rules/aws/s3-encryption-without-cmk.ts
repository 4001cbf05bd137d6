import { defineRule } from '../../rule';
import { companionsOf } from './s3-companions';

/**
 * Buckets encrypted only with S3-managed keys: no server-side encryption configuration (S3 then
 * applies SSE-S3, the default since January 2023), `AES256`, or `aws:kms` with the AWS managed
 * `aws/s3` key. Governance advice for data whose access must be controlled and audited by key.
 */
export default defineRule({
  id: 'aws-s3-encryption-without-cmk',
  title: 'S3 bucket not encrypted with a customer managed KMS key',
  severity: 'warning',
  category: 'governance',
  targets: ['aws_s3_bucket'],
  docs: {
    why: 'Every S3 object is encrypted at rest (SSE-S3 is the default since January 2023), but with a key S3 owns: no key policy limits who can decrypt, key use is not logged in CloudTrail, and access cannot be revoked by disabling a key. Data under compliance rules (PCI DSS, HIPAA, internal classification) usually needs a customer managed KMS key.',
    fix: 'Add an aws_s3_bucket_server_side_encryption_configuration with sse_algorithm = "aws:kms", kms_master_key_id set to a customer managed aws_kms_key, and bucket_key_enabled = true to keep KMS request costs low.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_145'], trivy: ['AVD-AWS-0132'], tfsec: ['aws-s3-encryption-customer-key'] },
  check({ resource, graph, report }) {
    const legacy = resource.blocks('server_side_encryption_configuration');
    const { found, unsure } = companionsOf(resource, graph, 'aws_s3_bucket_server_side_encryption_configuration');
    const configs = [...found, ...legacy];
    if (configs.length === 0) {
      if (unsure) return;
      report({ at: resource, message: 'No server-side encryption configuration: objects are encrypted with S3-managed keys (SSE-S3) only, which no key policy or CloudTrail key log covers.' });
      return;
    }
    for (const config of configs) {
      if (config.hasUnknownBlocks('rule')) return;
      for (const rule of config.blocks('rule')) {
        const byDefault = rule.blocks('apply_server_side_encryption_by_default')[0];
        const algorithm = byDefault?.attr('sse_algorithm');
        if (!algorithm || algorithm.value.kind !== 'string') continue;
        if (algorithm.value.value === 'AES256') {
          report({ at: algorithm, message: 'sse_algorithm is "AES256" (SSE-S3): the data key is owned by S3, so no key policy limits who can decrypt and key use is not logged.' });
        } else if (algorithm.value.value.startsWith('aws:kms') && !byDefault!.attr('kms_master_key_id')) {
          report({ at: algorithm, message: `sse_algorithm is "${algorithm.value.value}" without kms_master_key_id: S3 uses the AWS managed key aws/s3, whose key policy you cannot change.` });
        }
      }
    }
  },
});
