import { defineRule } from '../../rule';

/**
 * RDS instances and Aurora clusters that keep automated backups for at most the default single day
 * (unset, 0 or 1), read replicas and Aurora instances (whose cluster sets it) left out. Trivy's
 * threshold; aws-rds-backup-retention-short asks for a week.
 */
export default defineRule({
  id: 'aws-rds-backup-retention-default',
  title: 'RDS backups are kept for one day or less',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: 'With the default retention of 1 day (or 0, no automated backups at all), point-in-time recovery reaches back at most 24 hours: corruption or a bad migration noticed the next morning, or after a weekend, can no longer be undone from automated backups.',
    fix: 'Set backup_retention_period to the number of days you need to be able to go back (7 or more; up to 35). Backup storage up to the size of the database is included in the price.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html#USER_WorkingWithAutomatedBackups.BackupRetention'],
  },
  equivalents: { trivy: ['AVD-AWS-0077'], tfsec: ['aws-rds-specify-backup-retention'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.attr('replicate_source_db') || resource.attr('replication_source_identifier')) return;
    const engine = resource.get('engine');
    if (resource.resourceType === 'aws_db_instance' && engine?.kind === 'string' && engine.value.startsWith('aurora')) return;
    const retention = resource.attr('backup_retention_period');
    if (retention && (retention.value.kind !== 'number' || retention.value.value >= 2)) return;
    report({
      at: retention ?? resource,
      message: retention
        ? `backup_retention_period is ${retention.value.kind === 'number' ? retention.value.value : ''}: point-in-time recovery reaches back ${retention.value.kind === 'number' && retention.value.value === 0 ? 'nowhere (automated backups are off)' : 'one day at most'}.`
        : 'backup_retention_period is not set, so RDS keeps automated backups for the default 1 day: point-in-time recovery reaches back one day at most.',
      fixes: [{ title: 'Keep automated backups for 7 days', edits: fix.set(resource, 'backup_retention_period', '7') }],
    });
  },
});
