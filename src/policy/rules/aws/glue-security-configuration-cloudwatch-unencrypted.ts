import { defineRule } from '../../rule';
import { isMissing, stringOf } from '../support/settings';

/** Glue security configurations with `cloudwatch_encryption` that is not SSE-KMS with a `kms_key_arn`. */
export default defineRule({
  id: 'aws-glue-security-configuration-cloudwatch-unencrypted',
  title: 'Glue security configuration does not encrypt CloudWatch logs with KMS',
  severity: 'warning',
  category: 'security',
  targets: ['aws_glue_security_configuration'],
  docs: {
    why: 'Job and crawler logs often contain paths, queries and sample records. Without cloudwatch_encryption_mode = "SSE-KMS" and a key, they are readable by anyone with logs:GetLogEvents on the log group.',
    fix: 'Set cloudwatch_encryption { cloudwatch_encryption_mode = "SSE-KMS", kms_key_arn = aws_kms_key.glue.arn }, with a key policy that lets the logs service principal use the key. Terraform replaces the security configuration.',
    links: ['https://docs.aws.amazon.com/glue/latest/dg/encryption-security-configuration.html'],
  },
  equivalents: { checkov: ['CKV_AWS_99'] },
  check({ resource, report }) {
    const config = resource.blocks('encryption_configuration')[0];
    if (!config || config.hasUnknownBlocks('cloudwatch_encryption')) return;
    const enc = config.blocks('cloudwatch_encryption')[0];
    if (!enc) return;
    const modeAttr = enc.attr('cloudwatch_encryption_mode');
    if (!modeAttr?.known) return;
    const value = stringOf(modeAttr);
    if (value !== 'SSE-KMS') {
      report({ at: modeAttr, message: `cloudwatch_encryption_mode is "${value ?? ''}": the CloudWatch logs are not encrypted with KMS.` });
      return;
    }
    const key = enc.attr('kms_key_arn');
    if (!isMissing(key)) return;
    report({ at: enc, message: 'cloudwatch_encryption names no kms_key_arn: the CloudWatch logs are not encrypted with a key of yours.' });
  },
});
