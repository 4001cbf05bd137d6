import { defineRule } from '../../rule';

/** RDS instances and Aurora clusters deleted without a final snapshot. Read replicas have none to take. */
export default defineRule({
  id: 'aws-rds-skip-final-snapshot',
  title: 'RDS database is deleted without a final snapshot',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_db_instance', 'aws_rds_cluster'],
  docs: {
    why: 'With skip_final_snapshot = true, destroying or replacing the database (a changed engine or identifier is enough) deletes it with no snapshot to restore from; automated backups are deleted with it by default. The data is gone.',
    fix: 'Set skip_final_snapshot = false and final_snapshot_identifier to a snapshot name: Terraform then refuses to delete the database without first taking that snapshot.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_DeleteInstance.html'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.attr('replicate_source_db')) return;
    const engine = resource.get('engine');
    if (resource.resourceType === 'aws_db_instance' && engine?.kind === 'string' && engine.value.startsWith('aurora')) return;
    const skip = resource.attr('skip_final_snapshot');
    if (!skip || skip.value.kind !== 'bool' || !skip.value.value) return;
    const id = resource.get(resource.resourceType === 'aws_rds_cluster' ? 'cluster_identifier' : 'identifier');
    const name = id?.kind === 'string' ? id.value : resource.name.replace(/_/g, '-');
    const values: Record<string, string> = { skip_final_snapshot: 'false' };
    if (!resource.attr('final_snapshot_identifier')) values.final_snapshot_identifier = JSON.stringify(`${name}-final`);
    report({
      at: skip,
      message: 'skip_final_snapshot is true: destroying or replacing this database deletes its data without a final snapshot.',
      fixes: [{ title: 'Take a final snapshot before deletion (names it; the snapshot is billed until deleted)', edits: fix.setAll(resource, values) }],
    });
  },
});
