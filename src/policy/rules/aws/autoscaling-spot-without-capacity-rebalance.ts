import { defineRule } from '../../rule';
import { boolOf } from './ec2-block-devices';
import { usesSpot } from './autoscaling-spot';

/** Auto Scaling groups with Spot capacity and `capacity_rebalance` not turned on. */
export default defineRule({
  id: 'aws-autoscaling-spot-without-capacity-rebalance',
  title: 'Spot Auto Scaling group without Capacity Rebalancing',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_autoscaling_group'],
  docs: {
    why: 'Without Capacity Rebalancing the group replaces a Spot instance only after it is interrupted, with two minutes\' notice, so capacity drops until the replacement has booted. With it, the group reacts to the earlier rebalance recommendation and launches a replacement before the old instance is taken away.',
    fix: 'Set capacity_rebalance = true. Make sure instances drain on termination (lifecycle hooks, or the load balancer\'s deregistration delay), since the group may now terminate an instance before AWS interrupts it.',
    links: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-capacity-rebalancing.html'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (!usesSpot(resource)) return;
    const rebalance = resource.attr('capacity_rebalance');
    if (rebalance && (!rebalance.known || boolOf(rebalance.value) === true)) return;
    report({
      at: rebalance ?? resource,
      message: 'This group runs Spot instances without capacity_rebalance: an interrupted instance is replaced only after it is gone, two minutes after the notice.',
      fixes: [{ title: 'Turn on Capacity Rebalancing', edits: fix.set(resource, 'capacity_rebalance', 'true') }],
    });
  },
});
