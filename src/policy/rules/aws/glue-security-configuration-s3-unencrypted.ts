import { defineRule } from '../../rule';
import { stringOf } from '../support/settings';

/** Glue security configurations with `s3_encryption.s3_encryption_mode = "DISABLED"`. */
export default defineRule({
  id: 'aws-glue-security-configuration-s3-unencrypted',
  title: 'Glue security configuration does not encrypt S3 data',
  severity: 'warning',
  category: 'security',
  targets: ['aws_glue_security_configuration'],
  docs: {
    why: 'Jobs, crawlers and development endpoints using this security configuration write their output to S3 without encryption when s3_encryption_mode is DISABLED (bucket default encryption aside).',
    fix: 'Set s3_encryption { s3_encryption_mode = "SSE-KMS", kms_key_arn = aws_kms_key.glue.arn } (or "SSE-S3"). Security configurations cannot be changed in place: Terraform replaces it, and the jobs that name it pick up the new one.',
    links: ['https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html'],
  },
  equivalents: { checkov: ['CKV_AWS_99'] },
  check({ resource, report }) {
    const config = resource.blocks('encryption_configuration')[0];
    if (!config || config.hasUnknownBlocks('s3_encryption')) return;
    const enc = config.blocks('s3_encryption')[0];
    if (!enc) return;
    const modeAttr = enc.attr('s3_encryption_mode');
    if (!modeAttr?.known) return;
    const value = stringOf(modeAttr);
    if (value !== 'DISABLED') return;
    report({ at: modeAttr, message: 's3_encryption_mode is "DISABLED": the data written to S3 is not encrypted.' });
  },
});
