import { defineRule } from '../../rule';

/** A MemoryDB cluster without `kms_key_arn`: encrypted at rest with an AWS managed key. */
export default defineRule({
  id: 'aws-memorydb-without-cmk',
  title: 'MemoryDB cluster not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_memorydb_cluster'],
  docs: {
    why: 'MemoryDB is a durable primary database: its data and transaction log stay on disk and in snapshots. With the default AWS managed key, you cannot restrict or audit decryption at the key or make the data unreadable by disabling it. A customer managed key gives you that control.',
    fix: 'Set kms_key_arn to a customer managed aws_kms_key. The key can only be chosen when the cluster is created: changing it replaces the cluster.',
    links: ['https://docs.aws.amazon.com/memorydb/latest/devguide/at-rest-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_201'] },
  check({ resource, report }) {
    if (resource.attr('kms_key_arn')) return;
    report({ at: resource, message: 'No kms_key_arn: the cluster is encrypted at rest with an AWS managed key you cannot control or audit.' });
  },
});
