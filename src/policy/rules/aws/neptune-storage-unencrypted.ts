import { defineRule } from '../../rule';

/** Neptune clusters created without storage encryption (`storage_encrypted` defaults to false). */
export default defineRule({
  id: 'aws-neptune-storage-unencrypted',
  title: 'Neptune storage is not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_neptune_cluster'],
  docs: {
    why: 'Without storage encryption, the graph data, automated backups, snapshots and replicas of the cluster are stored unencrypted. Encryption can only be chosen when the cluster is created.',
    fix: 'Set storage_encrypted = true (with kms_key_arn for a customer managed key). For an existing cluster this replaces it: restore a snapshot into an encrypted cluster.',
    links: ['https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html'],
  },
  equivalents: { checkov: ['CKV_AWS_44'], trivy: ['AVD-AWS-0076'], tfsec: ['aws-neptune-enable-storage-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const encrypted = resource.attr('storage_encrypted');
    if (encrypted && (!encrypted.known || (encrypted.value.kind === 'bool' && encrypted.value.value))) return;
    report({
      at: encrypted ?? resource,
      message: `${encrypted ? 'storage_encrypted is false' : 'storage_encrypted is not set (default false)'}: the graph data, backups and snapshots are not encrypted at rest.`,
      fixes: [{ title: 'Encrypt storage (replaces the cluster)', edits: fix.set(resource, 'storage_encrypted', 'true') }],
    });
  },
});
