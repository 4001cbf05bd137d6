import { defineRule } from '../../rule';
import { loadBalancerType } from './load-balancer-of';

/** Network and Gateway Load Balancers without cross-zone load balancing (off by default for them). */
export default defineRule({
  id: 'aws-lb-cross-zone-disabled',
  title: 'Network Load Balancer cross-zone load balancing is off',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_lb', 'aws_alb'],
  docs: {
    why: 'Without cross-zone load balancing, each load balancer node sends traffic only to targets in its own Availability Zone. Clients spread evenly across zones then overload the zone with the fewest healthy targets, and a zone that loses its targets drops the traffic routed to it by DNS until health checks remove it.',
    fix: 'Set enable_cross_zone_load_balancing = true. On Network and Gateway Load Balancers, traffic that then crosses zones is billed as regional data transfer ($0.01/GB each way), so keep it off only where targets are spread evenly and that cost matters.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/network/network-load-balancers.html#cross-zone-load-balancing'],
  },
  equivalents: { checkov: ['CKV_AWS_152'] },
  // enabling it adds inter-AZ data transfer charges
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const type = loadBalancerType(resource);
    if (type !== 'network' && type !== 'gateway') return;
    const crossZone = resource.attr('enable_cross_zone_load_balancing');
    if (crossZone && (crossZone.value.kind !== 'bool' || crossZone.value.value)) return;
    report({
      at: crossZone ?? resource,
      message: `${crossZone ? 'enable_cross_zone_load_balancing is false' : `enable_cross_zone_load_balancing is not set (default false for a ${type} load balancer)`}: each node sends traffic only to targets in its own Availability Zone.`,
      fixes: [{ title: 'Enable cross-zone load balancing', edits: fix.set(resource, 'enable_cross_zone_load_balancing', 'true') }],
    });
  },
});
