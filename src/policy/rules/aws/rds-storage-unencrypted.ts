import { defineRule } from '../../rule';

/**
 * RDS instances and Aurora clusters created without storage encryption. Read replicas inherit
 * encryption from their source, Aurora instances declared as aws_db_instance from their cluster,
 * and Aurora Serverless v1 clusters are always encrypted, so those are left alone.
 */
export default defineRule({
  id: 'aws-rds-storage-unencrypted',
  title: 'RDS storage is not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: 'Without storage encryption, the database volumes, automated backups, snapshots and read replicas are stored unencrypted, and snapshots can be shared or copied without any KMS key policy standing in the way. Encryption can only be chosen when the database is created.',
    fix: 'Set storage_encrypted = true (and kms_key_id to a customer managed key if you need to control access). For an existing database this replaces it: restore an encrypted copy of a snapshot, or plan a migration.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html',
    ],
  },
  // not Trivy's AVD-AWS-0079 for clusters, which also wants a customer managed kms_key_id
  equivalents: { checkov: ['CKV_AWS_16', 'CKV_AWS_96'], trivy: ['AVD-AWS-0080'], tfsec: ['aws-rds-encrypt-instance-storage-data'] },
  fix: 'unsafe',
  whenUnknown: 'info',
  check({ resource, report, undecided, fix }) {
    if (resource.attr('replicate_source_db') || resource.attr('replication_source_identifier')) return;
    const engine = resource.get('engine');
    if (resource.resourceType === 'aws_db_instance' && engine?.kind === 'string' && engine.value.startsWith('aurora')) return;
    const mode = resource.get('engine_mode');
    if (mode?.kind === 'string' && mode.value === 'serverless') return;
    const encrypted = resource.attr('storage_encrypted');
    if (encrypted && !encrypted.known) {
      undecided(encrypted, 'storage_encrypted is known only after apply');
      return;
    }
    if (encrypted?.value.kind === 'bool' && encrypted.value.value) return;
    report({
      at: encrypted ?? resource,
      message: encrypted
        ? 'storage_encrypted is false: the database storage, its backups and snapshots are not encrypted at rest.'
        : 'storage_encrypted is not set and defaults to false: the database storage, its backups and snapshots are not encrypted at rest.',
      fixes: [{ title: 'Encrypt storage (storage_encrypted = true; replaces the database)', edits: fix.set(resource, 'storage_encrypted', 'true') }],
    });
  },
});
