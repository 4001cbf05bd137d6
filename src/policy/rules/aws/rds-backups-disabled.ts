import { defineRule } from '../../rule';

/**
 * RDS instances with automated backups turned off (backup_retention_period = 0). Read replicas are
 * left alone: their source holds the backups.
 */
export default defineRule({
  id: 'aws-rds-backups-disabled',
  title: 'RDS automated backups are disabled',
  severity: 'error',
  category: 'reliability',
  targets: ['aws_db_instance'],
  docs: {
    why: 'With backup_retention_period = 0 RDS takes no automated backups and keeps no transaction logs: there is no point-in-time recovery, and a bad migration, a deleted table or a corrupted volume means losing the data since the last manual snapshot, if there is one.',
    fix: 'Set backup_retention_period to at least 7 (up to 35) days. Turning backups on for an existing instance causes a brief outage while the first backup starts, so apply it in a maintenance window.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'],
  },
  // not Trivy's AVD-AWS-0077, which also flags a retention of 1 day or left unset
  equivalents: { checkov: ['CKV_AWS_133'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.attr('replicate_source_db')) return;
    const retention = resource.attr('backup_retention_period');
    if (!retention || retention.value.kind !== 'number' || retention.value.value !== 0) return;
    report({
      at: retention,
      message: 'backup_retention_period is 0: automated backups and point-in-time recovery are turned off for this database.',
      fixes: [{ title: 'Keep automated backups for 7 days (brief outage when applied)', edits: fix.set(resource, 'backup_retention_period', '7') }],
    });
  },
});
