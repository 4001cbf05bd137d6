import { defineRule } from '../../rule';

/** An `aws_memorydb_snapshot` without `kms_key_arn`. */
export default defineRule({
  id: 'aws-memorydb-snapshot-without-cmk',
  title: 'MemoryDB snapshot not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_memorydb_snapshot'],
  docs: {
    why: 'A snapshot is a full copy of the cluster\'s data that outlives the cluster and can be copied or restored elsewhere. Without a customer managed key, who may decrypt it is decided by the AWS managed key, which you cannot restrict, audit separately or disable.',
    fix: 'Set kms_key_arn to a customer managed aws_kms_key, usually the same key as the cluster\'s.',
    links: ['https://docs.aws.amazon.com/memorydb/latest/devguide/snapshots.html'],
  },
  equivalents: { checkov: ['CKV_AWS_278'] },
  check({ resource, report }) {
    if (resource.attr('kms_key_arn')) return;
    report({ at: resource, message: 'No kms_key_arn: the snapshot is encrypted with an AWS managed key you cannot control or audit.' });
  },
});
