import { defineRule } from '../../rule';

/** DynamoDB tables without point-in-time recovery (continuous backups). */
export default defineRule({
  id: 'aws-dynamodb-pitr-disabled',
  title: 'DynamoDB point-in-time recovery is off',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_dynamodb_table'],
  docs: {
    why: 'Without point-in-time recovery, a faulty deployment or script that overwrites or deletes items can only be undone from an on-demand backup, if one was taken. With it, the table can be restored to any second of the last 35 days.',
    fix: 'Add point_in_time_recovery { enabled = true }. It is billed per GB-month of table size.',
    links: ['https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/PointInTimeRecovery.html'],
  },
  equivalents: { checkov: ['CKV_AWS_28'], trivy: ['AVD-AWS-0024'], tfsec: ['aws-dynamodb-enable-recovery'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('point_in_time_recovery')) return;
    const block = resource.blocks('point_in_time_recovery')[0];
    const enabled = block?.attr('enabled');
    if (enabled && (!enabled.known || (enabled.value.kind === 'bool' && enabled.value.value))) return;
    report({
      at: enabled ?? block ?? resource,
      message: enabled ? 'point_in_time_recovery.enabled is false: the table cannot be restored to a point in time.' : 'No point_in_time_recovery block turns it on (default off): the table cannot be restored to a point in time.',
      fixes: [{ title: 'Turn on point-in-time recovery', edits: fix.ensure(resource, ['point_in_time_recovery', 'enabled'], 'true') }],
    });
  },
});
