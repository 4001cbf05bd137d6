import { defineRule } from '../../rule';

/**
 * RDS instances on gp2 storage, written or by default (the provider's default when neither
 * storage_type nor iops is set). Aurora instances have no storage_type of their own.
 */
export default defineRule({
  id: 'aws-rds-gp2-storage',
  title: 'RDS instance uses gp2 storage instead of gp3',
  severity: 'info',
  category: 'cost',
  targets: ['aws_db_instance'],
  docs: {
    why: 'gp3 costs the same per GB as gp2 but gives a baseline of 3,000 IOPS and 125 MiB/s whatever the size, where gp2 gives 3 IOPS per GB: on gp2, databases are often given far more storage than they need just to get the IOPS, and that storage is paid for every month.',
    fix: 'Set storage_type = "gp3". RDS converts the volume in place without downtime (performance can vary while it optimizes storage); then consider reducing allocated_storage on the next rebuild if it was sized for IOPS.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/CHAP_Storage.html#gp3-storage'],
  },
  fix: 'safe',
  check({ resource, report, fix }) {
    const engine = resource.get('engine');
    if (engine?.kind === 'string' && engine.value.startsWith('aurora')) return;
    if (resource.attr('replicate_source_db')) return;
    const type = resource.attr('storage_type');
    if (type ? type.value.kind !== 'string' || type.value.value !== 'gp2' : resource.attr('iops') !== undefined) return;
    report({
      at: type ?? resource,
      message: `${type ? 'storage_type is "gp2"' : 'storage_type is not set and defaults to "gp2"'}: gp3 costs the same per GB and does not tie IOPS to volume size.`,
      fixes: [{ title: 'Use gp3 storage', edits: fix.set(resource, 'storage_type', '"gp3"') }],
    });
  },
});
