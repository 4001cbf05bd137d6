import { defineRule } from '../../rule';

/** The logs worth exporting per engine: errors and slow queries for MySQL, the server log for PostgreSQL. */
const LOGS: Readonly<Record<string, readonly string[]>> = {
  mysql: ['error', 'slowquery'],
  mariadb: ['error', 'slowquery'],
  'aurora-mysql': ['error', 'slowquery'],
  postgres: ['postgresql'],
  'aurora-postgresql': ['postgresql'],
};

/**
 * RDS instances and Aurora clusters that export no database logs to CloudWatch Logs. The fix is
 * offered for MySQL, MariaDB and PostgreSQL engines, whose log names are known.
 */
export default defineRule({
  id: 'aws-rds-log-exports-missing',
  title: 'RDS database logs are not exported to CloudWatch',
  severity: 'warning',
  category: 'security',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: 'Without log exports, the engine\'s error, slow query and audit logs stay on the instance, rotate away within days and vanish with it: failed logins and errors before an incident cannot be investigated, alarmed on or kept for audits.',
    fix: 'Set enabled_cloudwatch_logs_exports, for example ["error", "slowquery"] for MySQL (add "audit" with the audit plugin) or ["postgresql"] for PostgreSQL, and set a retention on the log groups. Log ingestion is billed by CloudWatch Logs.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_LogAccess.Procedural.UploadtoCloudWatch.html'],
  },
  equivalents: { checkov: ['CKV_AWS_129'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const engine = resource.get('engine');
    if (resource.resourceType === 'aws_db_instance' && engine?.kind === 'string' && engine.value.startsWith('aurora')) return;
    const exports = resource.attr('enabled_cloudwatch_logs_exports');
    if (exports && (exports.value.kind !== 'list' || exports.value.items.length > 0)) return;
    const logs = engine?.kind === 'string' ? LOGS[engine.value] : undefined;
    report({
      at: exports ?? resource,
      message: `${exports ? 'enabled_cloudwatch_logs_exports is empty' : 'enabled_cloudwatch_logs_exports is not set'}: the database's logs are not sent to CloudWatch Logs and are lost when they rotate.`,
      fixes: logs ? [{ title: `Export the ${logs.join(' and ')} logs (billed by CloudWatch Logs)`, edits: fix.set(resource, 'enabled_cloudwatch_logs_exports', `[${logs.map((l) => JSON.stringify(l)).join(', ')}]`) }] : [],
    });
  },
});
