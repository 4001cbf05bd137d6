import { defineRule } from '../../rule';

/** EFS file systems created without encryption at rest (`encrypted` defaults to false). */
export default defineRule({
  id: 'aws-efs-unencrypted',
  title: 'EFS file system is not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_efs_file_system'],
  docs: {
    why: 'Without encryption at rest, the files, their metadata and the file system\'s backups are stored unencrypted. Encryption can only be chosen when the file system is created.',
    fix: 'Set encrypted = true (with kms_key_id for a customer managed key). For an existing file system this replaces it: create an encrypted one and copy the data with AWS DataSync.',
    links: ['https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_42'], trivy: ['AVD-AWS-0037'], tfsec: ['aws-efs-enable-at-rest-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const encrypted = resource.attr('encrypted');
    if (encrypted && (!encrypted.known || (encrypted.value.kind === 'bool' && encrypted.value.value))) return;
    report({
      at: encrypted ?? resource,
      message: `${encrypted ? 'encrypted is false' : 'encrypted is not set (default false)'}: the files and their backups are not encrypted at rest.`,
      fixes: [{ title: 'Encrypt at rest (replaces the file system)', edits: fix.set(resource, 'encrypted', 'true') }],
    });
  },
});
