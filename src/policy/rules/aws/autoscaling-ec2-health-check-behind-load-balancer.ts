import { defineRule } from '../../rule';

const ATTACHMENT_TYPES = ['aws_autoscaling_attachment', 'aws_autoscaling_traffic_source_attachment'];

/**
 * Auto Scaling groups registered with a load balancer (`target_group_arns`, `load_balancers`, or
 * an attachment resource) whose `health_check_type` is EC2, the default.
 */
export default defineRule({
  id: 'aws-autoscaling-ec2-health-check-behind-load-balancer',
  title: 'Auto Scaling group behind a load balancer uses EC2 health checks only',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_autoscaling_group'],
  docs: {
    why: 'With health_check_type = "EC2" the group replaces an instance only when EC2 says the machine is broken. An instance whose application has hung or crashed stays in service: the load balancer stops sending it traffic, but the group keeps counting it as healthy, so capacity silently shrinks and never recovers.',
    fix: 'Set health_check_type = "ELB" (and a health_check_grace_period long enough for the instance to boot) so the group also replaces instances that fail the load balancer\'s health checks. Check first that the target group\'s health check path really reflects the application\'s health.',
    links: ['https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-health-checks.html', 'https://docs.aws.amazon.com/autoscaling/ec2/userguide/as-add-elb-healthcheck.html'],
  },
  fix: 'unsafe',
  check({ resource, graph, report, fix }) {
    const type = resource.attr('health_check_type');
    if (type && (type.value.kind !== 'string' || type.value.value !== 'EC2')) return;
    const listed = ['target_group_arns', 'load_balancers'].some((n) => {
      const v = resource.attr(n)?.value;
      return v?.kind === 'list' && v.items.length > 0;
    });
    const attached = ATTACHMENT_TYPES.some((t) => graph.referencing(resource, t, 'autoscaling_group_name', 'name').length > 0);
    if (!listed && !attached) return;
    report({
      at: type ?? resource,
      message: `${type ? 'health_check_type = "EC2"' : 'health_check_type is not set (EC2)'} although the group is behind a load balancer: instances failing the load balancer's health checks are never replaced.`,
      fixes: [{ title: 'Use the load balancer\'s health checks (health_check_type = "ELB")', edits: fix.set(resource, 'health_check_type', '"ELB"') }],
    });
  },
});
