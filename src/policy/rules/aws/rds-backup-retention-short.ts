import { defineRule } from '../../rule';

const MINIMUM = 7;

/**
 * RDS instances and Aurora clusters that keep automated backups for less than a week, including
 * those that leave backup_retention_period unset (the API default is 1 day). A retention of 0
 * (backups off) is aws-rds-backups-disabled's finding.
 */
export default defineRule({
  id: 'aws-rds-backup-retention-short',
  title: 'RDS backups are kept for less than 7 days',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: 'Point-in-time recovery only reaches back as far as the backup retention period. Data corruption or an accidental deletion is often noticed days later, after a weekend or a release, when a 1-day window has already rolled past it.',
    fix: 'Set backup_retention_period = 7 or more (up to 35). Backup storage up to the size of the database is included in the price; changing the retention between non-zero values causes no outage.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html#USER_WorkingWithAutomatedBackups.BackupRetention',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Aurora.Managing.Backups.html',
    ],
  },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.attr('replicate_source_db')) return;
    const engine = resource.get('engine');
    if (resource.resourceType === 'aws_db_instance' && engine?.kind === 'string' && engine.value.startsWith('aurora')) return;
    const retention = resource.attr('backup_retention_period');
    if (retention && (retention.value.kind !== 'number' || retention.value.value === 0 || retention.value.value >= MINIMUM)) return;
    report({
      at: retention ?? resource,
      message: retention
        ? `backup_retention_period is ${retention.value.kind === 'number' ? retention.value.value : ''} day(s): point-in-time recovery cannot reach back a full week.`
        : 'backup_retention_period is not set, so RDS keeps automated backups for 1 day only: point-in-time recovery cannot reach back a full week.',
      fixes: [{ title: `Keep automated backups for ${MINIMUM} days`, edits: fix.set(resource, 'backup_retention_period', String(MINIMUM)) }],
    });
  },
});
