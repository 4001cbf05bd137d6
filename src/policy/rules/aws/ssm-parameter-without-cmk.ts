import { defineRule } from '../../rule';

/** A SecureString parameter without `key_id`, or with the AWS managed `alias/aws/ssm`. */
export default defineRule({
  id: 'aws-ssm-parameter-without-cmk',
  title: 'SSM SecureString parameter not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_ssm_parameter'],
  docs: {
    why: 'With the AWS managed key aws/ssm, anyone allowed ssm:GetParameter in the account can decrypt the value: the key policy cannot be narrowed, and the parameter cannot be shared across accounts. A customer managed key adds a separately granted kms:Decrypt and its own audit trail.',
    fix: 'Set key_id to a customer managed aws_kms_key whose key policy grants kms:Decrypt only to the roles that read the parameter.',
    links: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/secure-string-parameter-kms-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_337'] },
  check({ resource, report }) {
    const type = resource.attr('type');
    if (!type || type.value.kind !== 'string' || type.value.value !== 'SecureString') return;
    const key = resource.attr('key_id');
    if (key && !(key.value.kind === 'string' && (key.value.value === '' || key.value.value === 'alias/aws/ssm'))) return;
    report({ at: key ?? resource, message: 'The SecureString is encrypted with the AWS managed key aws/ssm: ssm:GetParameter alone is enough to read it.' });
  },
});
