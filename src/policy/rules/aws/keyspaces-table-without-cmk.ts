import { defineRule } from '../../rule';

/**
 * A Keyspaces table not encrypted with a customer managed key: no `encryption_specification`, a
 * `type` other than "CUSTOMER_MANAGED_KMS_KEY", or no `kms_key_identifier`.
 */
export default defineRule({
  id: 'aws-keyspaces-table-without-cmk',
  title: 'Keyspaces table not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_keyspaces_table'],
  docs: {
    why: 'By default a Keyspaces (Cassandra) table is encrypted with an AWS owned key: you cannot see when the data is decrypted, restrict it with a key policy, or make the table unreadable by disabling the key.',
    fix: 'Add encryption_specification { type = "CUSTOMER_MANAGED_KMS_KEY" kms_key_identifier = aws_kms_key.<name>.arn }.',
    links: ['https://docs.aws.amazon.com/keyspaces/latest/devguide/EncryptionAtRest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_265'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('encryption_specification')) return;
    const spec = resource.blocks('encryption_specification')[0];
    const type = spec?.attr('type');
    const key = spec?.attr('kms_key_identifier');
    if ((type && !type.known) || (key && !key.known)) return;
    if (key && type?.value.kind === 'string' && type.value.value === 'CUSTOMER_MANAGED_KMS_KEY') return;
    report({ at: type ?? spec ?? resource, message: 'The table is not encrypted with a customer managed key (type "CUSTOMER_MANAGED_KMS_KEY" with kms_key_identifier): an AWS owned key protects it.' });
  },
});
