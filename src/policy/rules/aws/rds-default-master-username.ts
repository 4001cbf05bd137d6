import { defineRule } from '../../rule';

const WELL_KNOWN = new Set(['admin', 'administrator', 'root', 'postgres', 'sa', 'master', 'mysql', 'user', 'dbadmin']);

/** RDS instances and Aurora clusters whose master user has a name attackers try first. */
export default defineRule({
  id: 'aws-rds-default-master-username',
  title: 'RDS master username is a well-known default',
  severity: 'info',
  category: 'security',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: 'Brute-force and credential-stuffing tools try "admin", "root" and "postgres" first. A less obvious master username means an attacker who reaches the endpoint has to guess both halves of the credential.',
    fix: 'Choose a master username specific to your organisation. It can only be set when the database is created, so change it when you next rebuild; use IAM authentication or Secrets Manager rotation for day-to-day access.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/UsingWithRDS.MasterAccounts.html'],
  },
  check({ resource, report }) {
    const user = resource.attr(resource.resourceType === 'aws_rds_cluster' ? 'master_username' : 'username');
    if (!user || user.value.kind !== 'string' || !WELL_KNOWN.has(user.value.value.toLowerCase())) return;
    report({ at: user, message: `The master username "${user.value.value}" is among the first names brute-force tools try.` });
  },
});
