import { defineRule } from '../../rule';

/** A QLDB ledger with `deletion_protection = false` (it defaults to true). */
export default defineRule({
  id: 'aws-qldb-deletion-protection-disabled',
  title: 'QLDB ledger deletion protection is off',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_qldb_ledger'],
  docs: {
    why: 'A ledger\'s journal is an immutable history that often has to be kept for audits. With deletion protection off, a destroy or a replacement deletes the ledger and its whole history in one step. (Amazon QLDB reached end of support on 2025-07-31: plan the move of its data to Aurora PostgreSQL, and keep the ledger protected until then.)',
    fix: 'Remove deletion_protection = false or set it to true: the ledger then cannot be deleted until the protection is turned off in a separate change.',
    links: ['https://docs.aws.amazon.com/qldb/latest/developerguide/ledger-management.basics.html#ledger-mgmt.basics.deletion-protection'],
  },
  equivalents: { checkov: ['CKV_AWS_172'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const protection = resource.attr('deletion_protection');
    if (!protection || !(protection.value.kind === 'bool' && !protection.value.value)) return;
    report({
      at: protection,
      message: 'deletion_protection is false: a destroy or replacement deletes the ledger and its journal in one step.',
      fixes: [{ title: 'Turn on deletion protection', edits: fix.set(resource, 'deletion_protection', 'true') }],
    });
  },
});
