import { defineRule } from '../../rule';
import { loadBalancerType } from './load-balancer-of';

/**
 * Application and Network Load Balancers that are internet-facing (`internal` is not true).
 * Gateway Load Balancers have no listeners of their own and are left out.
 */
export default defineRule({
  id: 'aws-lb-internet-facing',
  title: 'Load balancer is internet-facing',
  severity: 'info',
  category: 'security',
  targets: ['aws_lb', 'aws_alb'],
  docs: {
    why: 'An internet-facing load balancer has public addresses, and everything its listeners forward to is reachable from anywhere its security groups allow. That is right for a public entry point, but a load balancer for internal services left internet-facing by default (internal defaults to false) exposes them.',
    fix: 'For internal services set internal = true (the load balancer is replaced, with new DNS names). For public entry points keep it internet-facing and protect it: WAF, HTTPS-only listeners, restrictive security groups.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-scheme'],
  },
  equivalents: { trivy: ['AVD-AWS-0053'], tfsec: ['aws-elb-alb-not-public'] },
  check({ resource, report }) {
    const type = loadBalancerType(resource);
    if (type === undefined || type === 'gateway') return;
    const internal = resource.attr('internal');
    if (internal && (!internal.known || (internal.value.kind === 'bool' && internal.value.value))) return;
    report({
      at: internal ?? resource,
      message: `${internal ? 'internal is false' : 'internal is not set (default false)'}: this ${type === 'network' ? 'Network' : 'Application'} Load Balancer has public addresses, reachable from the internet.`,
    });
  },
});
