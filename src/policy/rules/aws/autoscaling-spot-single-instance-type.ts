import { defineRule } from '../../rule';
import { usesSpot } from './autoscaling-spot';

/**
 * Auto Scaling groups that use Spot with at most one instance type in
 * `mixed_instances_policy.launch_template.override` (none means the launch template's one type),
 * and no `instance_requirements` to let EC2 choose.
 */
export default defineRule({
  id: 'aws-autoscaling-spot-single-instance-type',
  title: 'Spot Auto Scaling group with a single instance type',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_autoscaling_group'],
  docs: {
    why: 'Spot capacity is reclaimed per instance type and zone. A group that can use only one instance type loses many instances at once when that pool is reclaimed, and may then find no Spot capacity to replace them; AWS recommends being flexible across at least 10 instance types.',
    fix: 'List several similar instance types in mixed_instances_policy.launch_template with one override { instance_type = ... } each (for example m6i, m5, m5a, m6a, m7i of the same size), or use an override with instance_requirements (vCPU and memory ranges), and use spot_allocation_strategy = "price-capacity-optimized".',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-best-practices.html', 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html'],
  },
  check({ resource, report }) {
    if (!usesSpot(resource)) return;
    const template = resource.blocks('mixed_instances_policy')[0]?.blocks('launch_template')[0];
    if (!template || template.hasUnknownBlocks('override')) return;
    const overrides = template.blocks('override');
    if (overrides.some((o) => o.blocks('instance_requirements').length > 0)) return;
    if (overrides.length > 1) return;
    report({
      at: overrides[0] ?? template,
      message: overrides.length === 1 ? 'Spot capacity from a single instance type: when that Spot pool is reclaimed, the group loses its instances together and may not find replacements. Add more override instance types.' : 'Spot capacity from the launch template\'s single instance type: when that Spot pool is reclaimed, the group loses its instances together. Add override blocks with several instance types.',
    });
  },
});
