import { defineRule } from '../../rule';

/** DynamoDB tables that a destroy or a single DeleteTable call removes. */
export default defineRule({
  id: 'aws-dynamodb-deletion-protection-disabled',
  title: 'DynamoDB deletion protection is off',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_dynamodb_table'],
  docs: {
    why: 'Without deletion protection, a mistaken destroy, a change that forces Terraform to replace the table (a new key schema or name) or a console click deletes the table and its items; point-in-time recovery backups of a deleted table are kept for only 35 days.',
    fix: 'Set deletion_protection_enabled = true. Terraform then has to turn it off in a separate apply before it can destroy or replace the table.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/WorkingWithTables.Basics.html#WorkingWithTables.Basics.DeletionProtection'],
  },
  fix: 'safe',
  check({ resource, report, fix }) {
    const protection = resource.attr('deletion_protection_enabled');
    if (protection && (!protection.known || (protection.value.kind === 'bool' && protection.value.value))) return;
    report({
      at: protection ?? resource,
      message: `${protection ? 'deletion_protection_enabled is false' : 'deletion_protection_enabled is not set (default false)'}: a destroy or replacement deletes the table and its items without a second step.`,
      fixes: [{ title: 'Turn on deletion protection', edits: fix.set(resource, 'deletion_protection_enabled', 'true') }],
    });
  },
});
