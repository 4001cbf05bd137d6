import { defineRule } from '../../rule';

/** Engines that support IAM database authentication. */
const SUPPORTED = /^(mysql|mariadb|postgres|aurora-mysql|aurora-postgresql|aurora)$/;

/**
 * MySQL, MariaDB and PostgreSQL databases (RDS and Aurora) that only accept database passwords.
 * Oracle, SQL Server and Db2 do not support IAM authentication and are left alone.
 */
export default defineRule({
  id: 'aws-rds-iam-authentication-disabled',
  title: 'RDS IAM database authentication is off',
  severity: 'info',
  category: 'security',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: 'Without IAM authentication every application and person connects with a long-lived database password that has to be stored, shared and rotated. With it, they connect with 15-minute tokens issued to an IAM role, and access is granted and revoked in IAM.',
    fix: 'Set iam_database_authentication_enabled = true, then grant rds-db:connect to the roles that need it and create database users with the IAM plugin (MySQL) or the rds_iam role (PostgreSQL). Password logins keep working.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.IAMDBAuth.html'],
  },
  equivalents: { checkov: ['CKV_AWS_161'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.attr('replicate_source_db')) return;
    const engine = resource.get('engine');
    if (engine?.kind !== 'string' || !SUPPORTED.test(engine.value)) return;
    if (resource.resourceType === 'aws_db_instance' && engine.value.startsWith('aurora')) return;
    const iam = resource.attr('iam_database_authentication_enabled');
    if (iam && (!iam.known || (iam.value.kind === 'bool' && iam.value.value))) return;
    report({
      at: iam ?? resource,
      message: `${iam ? 'iam_database_authentication_enabled is false' : 'iam_database_authentication_enabled is not set'}: clients can only log in with long-lived database passwords.`,
      fixes: [{ title: 'Turn on IAM database authentication', edits: fix.set(resource, 'iam_database_authentication_enabled', 'true') }],
    });
  },
});
