import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** DMS replication instances that do not take minor engine versions on their own (the provider's default is false). */
export default defineRule({
  id: 'aws-dms-replication-instance-auto-minor-upgrade-disabled',
  title: 'DMS replication instance does not upgrade minor versions automatically',
  severity: 'info',
  category: 'security',
  targets: ['aws_dms_replication_instance'],
  docs: {
    why: 'Minor DMS engine versions carry security and bug fixes. With automatic upgrades off (the Terraform default for this resource), the instance stays on its version until someone upgrades it, and AWS eventually forces the upgrade when the version reaches end of support.',
    fix: 'Set auto_minor_version_upgrade = true so DMS applies minor versions in the maintenance window (preferred_maintenance_window).',
    links: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.Upgrade.html'],
  },
  equivalents: { checkov: ['CKV_AWS_222'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const auto = resource.attr('auto_minor_version_upgrade');
    if (auto && boolOf(auto) !== false) return;
    report({
      at: auto ?? resource,
      message: auto ? 'auto_minor_version_upgrade is false: security fixes in new minor versions wait for a manual upgrade.' : 'auto_minor_version_upgrade is not set (default false): security fixes in new minor versions wait for a manual upgrade.',
      fixes: [{ title: 'Apply minor versions in the maintenance window', edits: fix.set(resource, 'auto_minor_version_upgrade', 'true') }],
    });
  },
});
