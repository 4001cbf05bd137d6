import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** DAX clusters without `server_side_encryption { enabled = true }` (DAX does not encrypt at rest by default). */
export default defineRule({
  id: 'aws-dax-cluster-unencrypted',
  title: 'DAX cluster is not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_dax_cluster'],
  docs: {
    why: 'A DAX cluster caches DynamoDB items, so it holds the same data as the table, on node disks and in their logs. Unlike DynamoDB, DAX does not encrypt at rest unless asked to.',
    fix: 'Add server_side_encryption { enabled = true }. Encryption is chosen when the cluster is created: Terraform replaces the cluster, which starts with an empty cache.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionAtRest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_47'], trivy: ['AVD-AWS-0023'], tfsec: ['aws-dynamodb-enable-at-rest-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('server_side_encryption')) return;
    const block = resource.blocks('server_side_encryption')[0];
    const enabled = block?.attr('enabled');
    if (enabled && boolOf(enabled) !== false) return;
    report({
      at: enabled ?? block ?? resource,
      message: enabled ? 'server_side_encryption.enabled is false: cached items are stored unencrypted.' : 'No server_side_encryption { enabled = true } (DAX default off): cached items are stored unencrypted.',
      fixes: [{ title: 'Encrypt the cluster at rest (replaces the cluster)', edits: fix.ensure(resource, ['server_side_encryption', 'enabled'], 'true') }],
    });
  },
});
