import { defineRule } from '../../rule';
import { capacityMixOf } from './autoscaling-spot';

/**
 * Auto Scaling groups that run only On-Demand instances: no `mixed_instances_policy`, or one whose
 * `on_demand_percentage_above_base_capacity` is 100 (its default).
 */
export default defineRule({
  id: 'aws-autoscaling-on-demand-only',
  title: 'Auto Scaling group runs only On-Demand instances',
  severity: 'info',
  category: 'cost',
  targets: ['aws_autoscaling_group'],
  docs: {
    why: 'Spot instances cost up to 90% less than On-Demand (typically 60-70%). Stateless, horizontally scaled workloads behind a load balancer, workers and CI runners tolerate the two-minute interruption notice well, so running them all On-Demand pays the full price for capacity that could be much cheaper.',
    fix: 'Add a mixed_instances_policy with instances_distribution { on_demand_base_capacity = N, on_demand_percentage_above_base_capacity = 0-50, spot_allocation_strategy = "price-capacity-optimized" } and several instance types in launch_template { override { ... } }, and set capacity_rebalance = true. Keep On-Demand for stateful or interruption-sensitive groups, and cover the base with Savings Plans.',
    links: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-mixed-instances-groups.html', 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/spot-best-practices.html'],
  },
  check({ resource, report }) {
    const mix = capacityMixOf(resource);
    if (mix.onDemandPercent === undefined || mix.onDemandPercent < 100) return;
    report({
      at: mix.percentageAttr ?? mix.policy ?? resource,
      message: mix.policy ? 'on_demand_percentage_above_base_capacity is 100: every instance above the base is On-Demand. If the workload tolerates interruptions, a Spot share costs 60-90% less.' : 'No mixed_instances_policy: every instance is On-Demand. If the workload tolerates interruptions, a Spot share costs 60-90% less.',
    });
  },
});
