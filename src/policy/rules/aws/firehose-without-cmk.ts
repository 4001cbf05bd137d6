import { defineRule } from '../../rule';

/**
 * A delivery stream not encrypted with a customer managed key: no `server_side_encryption`, not
 * enabled, `key_type` other than "CUSTOMER_MANAGED_CMK", or no `key_arn`. Streams with a Kinesis
 * data stream source are left alone (the source stream's key applies).
 */
export default defineRule({
  id: 'aws-firehose-without-cmk',
  title: 'Kinesis Firehose delivery stream not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_kinesis_firehose_delivery_stream'],
  docs: {
    why: 'With an AWS owned key, you cannot see or audit when the buffered data is decrypted, nor cut off access to it by disabling the key. A customer managed key puts the key policy, CloudTrail records of every use and its rotation under your control.',
    fix: 'Set server_side_encryption { enabled = true, key_type = "CUSTOMER_MANAGED_CMK", key_arn = aws_kms_key.<name>.arn } with a key policy that lets Firehose use the key. Customer managed keys cost $1 a month plus requests.',
    links: ['https://docs.aws.amazon.com/firehose/latest/dev/encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_241'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('kinesis_source_configuration') || resource.blocks('kinesis_source_configuration').length > 0) return;
    if (resource.hasUnknownBlocks('server_side_encryption')) return;
    const sse = resource.blocks('server_side_encryption')[0];
    if (!sse) {
      report({ at: resource, message: 'No server_side_encryption: the stream is not encrypted with a customer managed key.' });
      return;
    }
    const enabled = sse.attr('enabled');
    const keyType = sse.attr('key_type');
    const keyArn = sse.attr('key_arn');
    if (!enabled?.known || (keyType && !keyType.known) || (keyArn && !keyArn.known)) return;
    if (!(enabled.value.kind === 'bool' && enabled.value.value)) {
      report({ at: enabled, message: 'server_side_encryption is disabled: the stream is not encrypted with a customer managed key.' });
    } else if (!(keyType?.value.kind === 'string' && keyType.value.value === 'CUSTOMER_MANAGED_CMK')) {
      report({ at: keyType ?? sse, message: 'key_type is not "CUSTOMER_MANAGED_CMK" (the default is AWS_OWNED_CMK): the buffered data is encrypted with a key you cannot control or audit.' });
    } else if (!keyArn || (keyArn.value.kind === 'string' && keyArn.value.value === '')) {
      report({ at: keyArn ?? sse, message: 'key_type is "CUSTOMER_MANAGED_CMK" but no key_arn names the key.' });
    }
  },
});
