import { defineRule } from '../../rule';
import { engineSupport, SUPPORT_AS_OF } from './rds-engine-support';

const OPT_OUT = 'open-source-rds-extended-support-disabled';

/**
 * RDS for MySQL and PostgreSQL instances and Aurora clusters on a major version past its end of
 * standard support (as of SUPPORT_AS_OF), enrolled in the paid RDS Extended Support because
 * engine_lifecycle_support is not set to opt out.
 */
export default defineRule({
  id: 'aws-rds-extended-support-charges',
  title: 'RDS database is billed for Extended Support',
  severity: 'warning',
  category: 'cost',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: `Past the end of standard support, RDS enrolls the database in RDS Extended Support and adds a charge per vCPU-hour (per ACU-hour for Aurora Serverless) on top of the instance price, which doubles from the third year; for a large instance it can exceed the instance cost itself. Dates are checked as of ${SUPPORT_AS_OF}.`,
    fix: `Upgrade to a major version in standard support. For new databases that must not incur the charge, set engine_lifecycle_support = "${OPT_OUT}" (RDS then upgrades the major version itself at the end of standard support); enrollment cannot be changed on an existing database.`,
    links: [
      'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html',
      'https://aws.amazon.com/rds/mysql/pricing/',
    ],
  },
  check({ resource, report }) {
    const engine = resource.get('engine');
    const version = resource.attr('engine_version');
    if (engine?.kind !== 'string' || version?.value.kind !== 'string') return;
    if (resource.resourceType === 'aws_db_instance' && engine.value.startsWith('aurora')) return;
    const lifecycle = resource.get('engine_lifecycle_support');
    if (lifecycle && (lifecycle.kind !== 'string' || lifecycle.value === OPT_OUT)) return;
    const support = engineSupport(engine.value, version.value.value);
    if (!support?.past || !support.extendedSupport || !support.ends) return;
    report({
      at: version,
      message: `engine_version ${version.value.value} (${support.label}) has been past standard support since ${support.ends}: the database is billed for RDS Extended Support per vCPU-hour, on top of the instance price, until it is upgraded.`,
    });
  },
});
