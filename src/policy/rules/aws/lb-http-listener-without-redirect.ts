import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';
import { loadBalancerOf, loadBalancerType } from './load-balancer-of';

function redirectsToHttps(action: BlockView): boolean {
  const type = action.attr('type')?.value;
  const protocol = action.get('redirect.protocol');
  return type?.kind === 'string' && type.value === 'redirect' && protocol?.kind === 'string' && protocol.value === 'HTTPS';
}

/**
 * HTTP listeners of internet-facing (or not known to be internal) load balancers whose default
 * action serves traffic instead of redirecting it to HTTPS.
 */
export default defineRule({
  id: 'aws-lb-http-listener-without-redirect',
  title: 'Load balancer HTTP listener does not redirect to HTTPS',
  severity: 'warning',
  category: 'security',
  targets: ['aws_lb_listener', 'aws_alb_listener'],
  docs: {
    why: 'An HTTP listener that forwards requests serves the application in clear text: session cookies, tokens and form data can be read and changed by anyone on the network path, such as a public Wi-Fi. Browsers that follow an http:// link never reach the HTTPS listener.',
    fix: 'Make the HTTP listener\'s default_action a redirect: default_action { type = "redirect" redirect { port = "443" protocol = "HTTPS" status_code = "HTTP_301" } }, and serve the application from an HTTPS listener.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html#redirect-actions'],
  },
  equivalents: { checkov: ['CKV_AWS_2', 'CKV2_AWS_20'], trivy: ['AVD-AWS-0054'], tfsec: ['aws-elb-http-not-used'] },
  check({ resource, graph, report }) {
    const lb = loadBalancerOf(resource, graph);
    const internal = lb?.attr('internal')?.value;
    if (internal && (internal.kind !== 'bool' || internal.value)) return;
    const protocol = resource.attr('protocol');
    if (protocol) {
      if (protocol.value.kind !== 'string' || protocol.value.value !== 'HTTP') return;
    } else if (!lb || loadBalancerType(lb) !== 'application') {
      return; // without a protocol, HTTP is the default only on an Application Load Balancer
    }
    if (resource.hasUnknownBlocks('default_action')) return;
    const actions = resource.blocks('default_action');
    if (actions.some(redirectsToHttps)) return;
    if (actions.length === 0) {
      report({ at: protocol ?? resource, message: 'This HTTP listener has no default action redirecting to HTTPS: the load balancer would serve traffic in clear text.' });
      return;
    }
    const type = actions[0]!.attr('type')?.value;
    if (type?.kind !== 'string') return;
    report({
      at: protocol ?? resource,
      message: `This HTTP listener's default action is "${type.value}", not a redirect to HTTPS: the load balancer serves traffic in clear text.`,
    });
  },
});
