import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';

const POLICY_TYPES = ['aws_autoscaling_policy', 'aws_autoscaling_schedule'];

/** True if the resource's lifecycle block ignores changes to `desired_capacity` (or to everything). */
function ignoresDesiredCapacity(lifecycle: BlockView | undefined): boolean {
  for (const item of lifecycle?.node?.body.items ?? []) {
    if (item.kind !== 'attribute' || item.name.name !== 'ignore_changes') continue;
    const expr = item.expr;
    if (expr.kind === 'variable') return expr.name === 'all';
    if (expr.kind === 'tuple') return expr.items.some((e) => e.kind === 'variable' && e.name === 'desired_capacity');
    // a form we do not read (a string list of old Terraform versions): assume it is handled
    return true;
  }
  return false;
}

/**
 * Auto Scaling groups that set `desired_capacity` while scaling policies or schedules change it:
 * every apply puts the capacity back to the written number.
 */
export default defineRule({
  id: 'aws-autoscaling-desired-capacity-with-scaling-policy',
  title: 'desired_capacity fights the Auto Scaling policies',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_autoscaling_group'],
  docs: {
    why: 'When scaling policies or scheduled actions manage a group\'s size, a desired_capacity in Terraform is drift: every apply, even for an unrelated change, resets the group to that number, terminating instances that were added for load or launching ones that were scaled in. Deploying during a traffic peak can then take capacity away exactly when it is needed.',
    fix: 'Remove desired_capacity and let min_size, max_size and the policies decide (a new group starts at min_size), or keep it only for creation with lifecycle { ignore_changes = [desired_capacity] }.',
    links: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/asg-capacity-limits.html', 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_group'],
  },
  fix: 'unsafe',
  check({ resource, graph, report, fix }) {
    const desired = resource.attr('desired_capacity');
    if (!desired) return;
    if (ignoresDesiredCapacity(resource.blocks('lifecycle')[0])) return;
    const managers = POLICY_TYPES.flatMap((t) => graph.referencing(resource, t, 'autoscaling_group_name', 'name'));
    if (managers.length === 0) return;
    report({
      at: desired,
      message: `desired_capacity is set while ${managers[0]!.address}${managers.length > 1 ? ` and ${managers.length - 1} more` : ''} change${managers.length > 1 ? '' : 's'} the group's size: every apply resets it to this number.`,
      fixes: [{ title: 'Remove desired_capacity (the policies manage it)', edits: fix.remove(resource, 'desired_capacity') }],
    });
  },
});
