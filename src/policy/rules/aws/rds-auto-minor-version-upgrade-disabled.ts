import { defineRule } from '../../rule';

/** RDS instances and Aurora cluster instances that never take minor engine versions on their own. */
export default defineRule({
  id: 'aws-rds-auto-minor-version-upgrade-disabled',
  title: 'RDS automatic minor version upgrades are off',
  severity: 'info',
  category: 'security',
  targets: ['aws_db_instance', 'aws_rds_cluster_instance'],
  docs: {
    why: 'Minor engine versions carry security and bug fixes. With automatic upgrades off, the instance stays on its version until someone upgrades it by hand, and RDS eventually forces the upgrade at a time of its choosing when the version is deprecated.',
    fix: 'Set auto_minor_version_upgrade = true (the default) so RDS applies new minor versions in the maintenance window. Keep it off only on purpose, for example to stay on an Aurora long-term-support version, and say so in a suppression.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html#USER_UpgradeDBInstance.Upgrading.AutoMinorVersionUpgrades'],
  },
  equivalents: { checkov: ['CKV_AWS_226'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const auto = resource.attr('auto_minor_version_upgrade');
    if (!auto || auto.value.kind !== 'bool' || auto.value.value) return;
    report({
      at: auto,
      message: 'auto_minor_version_upgrade is false: security fixes in new minor versions are applied only when someone upgrades by hand.',
      fixes: [{ title: 'Let RDS apply minor versions in the maintenance window', edits: fix.set(resource, 'auto_minor_version_upgrade', 'true') }],
    });
  },
});
