import { defineRule } from '../../rule';

/**
 * A delivery stream without `server_side_encryption { enabled = true }`. Streams reading from a
 * Kinesis data stream (`kinesis_source_configuration`) are left alone: Firehose cannot encrypt
 * those itself, the source stream's encryption applies.
 */
export default defineRule({
  id: 'aws-firehose-unencrypted',
  title: 'Kinesis Firehose delivery stream not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_kinesis_firehose_delivery_stream'],
  docs: {
    why: 'Firehose buffers records on its own storage for up to the buffering interval (and longer while a destination is failing) before it delivers them. Without server-side encryption, that buffered data (often application logs, clickstreams or WAF logs with personal data) sits unencrypted at rest.',
    fix: 'Add server_side_encryption { enabled = true }. The default key type AWS_OWNED_CMK costs nothing; key_type = "CUSTOMER_MANAGED_CMK" with key_arn gives you control over the key.',
    links: ['https://docs.aws.amazon.com/firehose/latest/dev/encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_240'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('kinesis_source_configuration') || resource.blocks('kinesis_source_configuration').length > 0) return;
    if (resource.hasUnknownBlocks('server_side_encryption')) return;
    const enabled = resource.attrAt('server_side_encryption.enabled');
    if (enabled && (!enabled.known || (enabled.value.kind === 'bool' && enabled.value.value))) return;
    report({
      at: enabled ?? resource.blocks('server_side_encryption')[0] ?? resource,
      message: `${enabled ? 'server_side_encryption is disabled' : 'No server_side_encryption enabled'}: records buffered by Firehose before delivery are stored unencrypted.`,
      fixes: [{ title: 'Turn on server-side encryption (AWS owned key)', edits: fix.ensure(resource, ['server_side_encryption', 'enabled'], 'true') }],
    });
  },
});
