import { defineRule } from '../../rule';

/** RDS instances and Aurora clusters whose snapshots do not carry the database's tags. */
export default defineRule({
  id: 'aws-rds-copy-tags-to-snapshot-disabled',
  title: 'RDS snapshots do not copy the database tags',
  severity: 'warning',
  category: 'governance',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: 'Snapshots without tags lose their owner, environment and cost-centre: they escape tag-based backup policies, access control conditions and cost allocation, and are hard to clean up once the database is gone.',
    fix: 'Set copy_tags_to_snapshot = true. It applies to snapshots taken from then on.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Tagging.html#USER_Tagging.CopyTags'],
  },
  equivalents: { checkov: ['CKV2_AWS_60'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.attr('replicate_source_db')) return;
    const engine = resource.get('engine');
    if (resource.resourceType === 'aws_db_instance' && engine?.kind === 'string' && engine.value.startsWith('aurora')) return;
    const copy = resource.attr('copy_tags_to_snapshot');
    if (copy && (!copy.known || (copy.value.kind === 'bool' && copy.value.value))) return;
    report({
      at: copy ?? resource,
      message: `${copy ? 'copy_tags_to_snapshot is false' : 'copy_tags_to_snapshot is not set (default false)'}: snapshots of this database are created without its tags.`,
      fixes: [{ title: 'Copy tags to snapshots', edits: fix.set(resource, 'copy_tags_to_snapshot', 'true') }],
    });
  },
});
