import { defineRule } from '../../rule';
import { engineSupport, SUPPORT_AS_OF } from './rds-engine-support';

/**
 * RDS instances and Aurora clusters on a major engine version past its end of standard support
 * (as of SUPPORT_AS_OF in rds-engine-support.ts: rules have no clock). Aurora instances declared as
 * aws_db_instance take their version from the cluster and are left alone.
 */
export default defineRule({
  id: 'aws-rds-engine-end-of-support',
  title: 'RDS engine version is past its end of standard support',
  severity: 'warning',
  category: 'security',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: `After the end of standard support AWS only backports critical and high CVE fixes, and only for as long as you pay for RDS Extended Support; when that ends, RDS upgrades the major version itself, in a maintenance window of its choosing. Dates are checked as of ${SUPPORT_AS_OF}.`,
    fix: 'Plan a major version upgrade (test it on a snapshot restore or with a blue/green deployment), then change engine_version and set allow_major_version_upgrade = true for the apply.',
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html',
    ],
  },
  check({ resource, report }) {
    const engine = resource.get('engine');
    const version = resource.attr('engine_version');
    if (engine?.kind !== 'string' || version?.value.kind !== 'string') return;
    if (resource.resourceType === 'aws_db_instance' && engine.value.startsWith('aurora')) return;
    const support = engineSupport(engine.value, version.value.value);
    if (!support?.past) return;
    report({
      at: version,
      message: support.ends
        ? `engine_version ${version.value.value} (${support.label}) reached the end of standard support on ${support.ends}: only critical fixes follow, under paid RDS Extended Support, until AWS upgrades it for you.`
        : `engine_version ${version.value.value} (${support.label}) is retired: RDS no longer supports it and upgrades such databases on its own schedule.`,
    });
  },
});
