import { defineRule } from '../../rule';

const MINIMUM = 7;

/** DocumentDB clusters that keep backups for less than a week (unset means 1 day). */
export default defineRule({
  id: 'aws-docdb-backup-retention-short',
  title: 'DocumentDB backups are kept for less than 7 days',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_docdb_cluster'],
  docs: {
    why: 'Point-in-time restore only reaches back as far as the backup retention period, 1 day by default. Corrupted or deleted documents are often noticed after a weekend or a release, when that window has passed.',
    fix: 'Set backup_retention_period = 7 or more (up to 35). Backup storage up to the cluster\'s size is included in the price.',
    links: ['https://docs.aws.amazon.com/documentdb/latest/developerguide/backup_restore.html'],
  },
  fix: 'safe',
  check({ resource, report, fix }) {
    const retention = resource.attr('backup_retention_period');
    if (retention && (retention.value.kind !== 'number' || retention.value.value >= MINIMUM)) return;
    report({
      at: retention ?? resource,
      message: retention
        ? `backup_retention_period is ${retention.value.kind === 'number' ? retention.value.value : ''} day(s): point-in-time restore cannot reach back a full week.`
        : 'backup_retention_period is not set (default 1 day): point-in-time restore cannot reach back a full week.',
      fixes: [{ title: `Keep backups for ${MINIMUM} days`, edits: fix.set(resource, 'backup_retention_period', String(MINIMUM)) }],
    });
  },
});
