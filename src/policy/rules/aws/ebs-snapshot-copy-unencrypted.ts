import { defineRule } from '../../rule';

/**
 * `aws_ebs_snapshot_copy` without `encrypted = true`: the copy is then encrypted only if its
 * source is (or encryption by default is on in the destination region). Changing it creates a
 * new copy, so the fix is unsafe.
 */
export default defineRule({
  id: 'aws-ebs-snapshot-copy-unencrypted',
  title: 'EBS snapshot copy not encrypted',
  severity: 'warning',
  category: 'security',
  targets: ['aws_ebs_snapshot_copy'],
  docs: {
    why: 'Snapshot copies are how disks travel to other regions and accounts for backup and disaster recovery. A copy that does not ask for encryption keeps an unencrypted source in clear text, so the backup is the weakest copy of the data.',
    fix: 'Set encrypted = true and kms_key_id to a key in the destination region; a copy of an unencrypted snapshot is then encrypted.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-copy-snapshot.html'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const encrypted = resource.attr('encrypted');
    if (encrypted && (encrypted.value.kind !== 'bool' || encrypted.value.value)) return;
    report({
      at: encrypted ?? resource,
      message: `${encrypted ? 'encrypted is false' : 'encrypted is not set'}: the copy is encrypted only if its source snapshot already is.`,
      fixes: [{ title: 'Set encrypted = true (creates a new copy)', edits: fix.set(resource, 'encrypted', 'true') }],
    });
  },
});
