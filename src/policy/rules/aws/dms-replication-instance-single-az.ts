import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** DMS replication instances without a standby in a second Availability Zone (`multi_az` unset or false). */
export default defineRule({
  id: 'aws-dms-replication-instance-single-az',
  title: 'DMS replication instance runs in a single Availability Zone',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_dms_replication_instance'],
  docs: {
    why: 'An ongoing replication (change data capture) stops when its only replication instance or its Availability Zone fails, and the source keeps accumulating changes the target does not get. A Multi-AZ instance fails over to a synchronous standby and the tasks resume. One-off full loads can do without.',
    fix: 'Set multi_az = true for instances that run ongoing replication; it doubles the instance cost.',
    links: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_ReplicationInstance.html#CHAP_ReplicationInstance.MultiAZ'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const multi = resource.attr('multi_az');
    if (multi && boolOf(multi) !== false) return;
    report({
      at: multi ?? resource,
      message: multi ? 'multi_az is false: replication stops if the instance or its Availability Zone fails.' : 'multi_az is not set (default false): replication stops if the instance or its Availability Zone fails.',
      fixes: [{ title: 'Run a standby in a second Availability Zone (doubles the cost)', edits: fix.set(resource, 'multi_az', 'true') }],
    });
  },
});
