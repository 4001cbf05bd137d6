import { defineRule } from '../../rule';

/**
 * Standalone RDS instances running in one Availability Zone. Read replicas, Aurora instances (the
 * cluster spreads its instances) and SQL Server Express (which cannot run Multi-AZ) are left alone.
 */
export default defineRule({
  id: 'aws-rds-single-az',
  title: 'RDS instance runs in a single Availability Zone',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_db_instance'],
  docs: {
    why: 'A Single-AZ instance goes down with its Availability Zone or its host, and stays down until RDS replaces it from backups; patching and instance class changes also cause downtime. Multi-AZ keeps a synchronous standby in another zone and fails over in a minute or two.',
    fix: 'Set multi_az = true for production databases. The standby doubles the instance and storage cost; non-production databases may accept Single-AZ (suppress the finding with a reason).',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZSingleStandby.html'],
  },
  equivalents: { checkov: ['CKV_AWS_157'] },
  fix: 'unsafe',
  whenUnknown: 'info',
  check({ resource, report, undecided, fix }) {
    if (resource.attr('replicate_source_db')) return;
    const engine = resource.get('engine');
    if (engine?.kind === 'string' && (engine.value.startsWith('aurora') || engine.value === 'sqlserver-ex')) return;
    const multiAz = resource.attr('multi_az');
    if (multiAz && !multiAz.known) {
      undecided(multiAz, 'multi_az is known only after apply');
      return;
    }
    if (multiAz?.value.kind === 'bool' && multiAz.value.value) return;
    report({
      at: multiAz ?? resource,
      message: `${multiAz ? 'multi_az is false' : 'multi_az is not set (default false)'}: the database has no standby in another Availability Zone and is down while its zone or host is.`,
      fixes: [{ title: 'Add a Multi-AZ standby (multi_az = true; doubles the instance cost)', edits: fix.set(resource, 'multi_az', 'true') }],
    });
  },
});
