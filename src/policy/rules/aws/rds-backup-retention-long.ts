import { defineRule } from '../../rule';

const NON_PRODUCTION = new Set(['dev', 'development', 'test', 'testing', 'qa', 'sandbox', 'sbx', 'ci', 'demo']);
const ENVIRONMENT_TAGS = ['Environment', 'environment', 'Env', 'env', 'Stage', 'stage'];
const ENOUGH = 7;

/**
 * RDS instances and Aurora clusters tagged as non-production (Environment, Env or Stage tag: dev,
 * test, qa, sandbox...) that keep automated backups for more than a week. Advice: only the tags
 * tell us what the database is for.
 */
export default defineRule({
  id: 'aws-rds-backup-retention-long',
  title: 'Non-production RDS database keeps backups longer than needed',
  severity: 'info',
  category: 'cost',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: 'Backup storage beyond the size of the database is billed per GB-month, and every extra day of retention keeps another day of changes. A development or test database rarely needs more than a week of point-in-time recovery.',
    fix: 'Consider backup_retention_period = 7 or less for non-production databases, and keep long retention for production (or use AWS Backup with a lifecycle for long-term copies).',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html', 'https://aws.amazon.com/rds/pricing/'],
  },
  check({ resource, report }) {
    const retention = resource.attr('backup_retention_period');
    if (!retention || retention.value.kind !== 'number' || retention.value.value <= ENOUGH) return;
    const tags = resource.effectiveTags;
    if (tags.kind !== 'object') return;
    const env = ENVIRONMENT_TAGS.map((k) => tags.entries.get(k)).find((v) => v?.kind === 'string');
    if (env?.kind !== 'string' || !NON_PRODUCTION.has(env.value.toLowerCase())) return;
    report({
      at: retention,
      message: `backup_retention_period is ${retention.value.value} days on a database tagged "${env.value}": a non-production database rarely needs more than ${ENOUGH} days, and the extra backup storage is billed.`,
    });
  },
});
