import { defineRule } from '../../rule';

/** DocumentDB clusters created without storage encryption. */
export default defineRule({
  id: 'aws-docdb-storage-unencrypted',
  title: 'DocumentDB storage is not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_docdb_cluster'],
  docs: {
    why: 'Without storage encryption, the cluster\'s data, indexes, automated backups and snapshots are stored unencrypted. Encryption can only be chosen when the cluster is created.',
    fix: 'Set storage_encrypted = true (with kms_key_id for a customer managed key). For an existing cluster this replaces it: restore a snapshot into an encrypted cluster, or migrate.',
    links: ['https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_74'], trivy: ['AVD-AWS-0021'], tfsec: ['aws-documentdb-enable-storage-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const encrypted = resource.attr('storage_encrypted');
    if (encrypted && (!encrypted.known || (encrypted.value.kind === 'bool' && encrypted.value.value))) return;
    report({
      at: encrypted ?? resource,
      message: `${encrypted ? 'storage_encrypted is false' : 'storage_encrypted is not set (default false)'}: the cluster's data, backups and snapshots are not encrypted at rest.`,
      fixes: [{ title: 'Encrypt storage (replaces the cluster)', edits: fix.set(resource, 'storage_encrypted', 'true') }],
    });
  },
});
