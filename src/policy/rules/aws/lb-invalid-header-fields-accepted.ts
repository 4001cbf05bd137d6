import { defineRule } from '../../rule';
import { loadBalancerType } from './load-balancer-of';

/** Application Load Balancers that forward HTTP headers with invalid names (drop_invalid_header_fields defaults to false). */
export default defineRule({
  id: 'aws-lb-invalid-header-fields-accepted',
  title: 'Application Load Balancer forwards invalid HTTP headers',
  severity: 'warning',
  category: 'security',
  targets: ['aws_lb', 'aws_alb'],
  docs: {
    why: 'Header names with characters outside the HTTP token set are interpreted differently by the load balancer and by backends, the basis of HTTP request smuggling and header injection (a backend may read "X-Forwarded-For\\x00" as X-Forwarded-For). Dropping them at the load balancer removes the ambiguity.',
    fix: 'Set drop_invalid_header_fields = true. Legitimate clients never send such headers.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#load-balancer-attributes'],
  },
  equivalents: { checkov: ['CKV_AWS_131'], trivy: ['AVD-AWS-0052'], tfsec: ['aws-elb-drop-invalid-headers'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (loadBalancerType(resource) !== 'application') return;
    const drop = resource.attr('drop_invalid_header_fields');
    if (drop && (drop.value.kind !== 'bool' || drop.value.value)) return;
    report({
      at: drop ?? resource,
      message: `${drop ? 'drop_invalid_header_fields is false' : 'drop_invalid_header_fields is not set (default false)'}: headers with invalid names reach the targets.`,
      fixes: [{ title: 'Drop invalid header fields', edits: fix.set(resource, 'drop_invalid_header_fields', 'true') }],
    });
  },
});
