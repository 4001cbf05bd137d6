import { defineRule } from '../../rule';
import { RDS_PREVIOUS, splitPrefixed } from './previous-generation-classes';

/** RDS instances of previous-generation classes (db.t2, db.m1-m4, db.r3, db.r4). */
export default defineRule({
  id: 'aws-rds-previous-generation-instance-class',
  title: 'Previous-generation RDS instance class',
  severity: 'info',
  category: 'cost',
  targets: ['aws_db_instance', 'aws_rds_cluster_instance'],
  docs: {
    why: 'Previous-generation DB instance classes cost the same or more per hour than their successors (db.t3, db.m5, db.r5) for less CPU, memory bandwidth and network throughput, and newer engine versions stop supporting them: an engine upgrade can then force a class change at a bad moment.',
    fix: 'Move to the successor class of the same size (db.t2 to db.t3, db.m4 to db.m5, db.r4 to db.r5), or to Graviton classes (db.m7g, db.r7g) for lower prices still. Changing the class restarts the instance (a failover for Multi-AZ): apply it in a maintenance window, and check the engine version supports the new class.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.DBInstanceClass.Support.html', 'https://aws.amazon.com/rds/previous-generation/'],
  },
  // unsafe: the change restarts the database
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const cls = resource.attr('instance_class');
    if (!cls || cls.value.kind !== 'string') return;
    const split = splitPrefixed(cls.value.value);
    const older = split && RDS_PREVIOUS[split.family];
    if (!split || !older) return;
    const target = older.sizes.includes(split.size) ? `${older.successor}.${split.size}` : undefined;
    report({
      at: cls,
      message: `${cls.value.value} is a previous-generation instance class: ${target ?? older.successor} gives more performance for the same or a lower price.`,
      fixes: target ? [{ title: `Use ${target} (restarts the instance)`, edits: fix.set(resource, 'instance_class', JSON.stringify(target)) }] : [],
    });
  },
});
