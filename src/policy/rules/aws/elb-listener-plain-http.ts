import { defineRule } from '../../rule';

/** Classic Load Balancer listeners that accept plain HTTP from clients. */
export default defineRule({
  id: 'aws-elb-listener-plain-http',
  title: 'Classic Load Balancer listens on plain HTTP',
  severity: 'warning',
  category: 'security',
  targets: ['aws_elb'],
  docs: {
    why: 'An HTTP listener on a Classic Load Balancer serves the application in clear text: cookies, tokens and form data can be read and changed on the network path. Unlike an ALB, a Classic Load Balancer cannot redirect HTTP to HTTPS itself.',
    fix: 'Use lb_protocol = "https" with an ssl_certificate_id on port 443 and remove the HTTP listener (or let the application redirect), or better, migrate to an Application Load Balancer with an HTTP-to-HTTPS redirect.',
    links: ['https://docs.aws.amazon.com/elasticloadbalancing/latest/classic/elb-listener-config.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0054'], tfsec: ['aws-elb-http-not-used'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('listener')) return;
    for (const listener of resource.blocks('listener')) {
      const protocol = listener.attr('lb_protocol');
      if (!protocol || protocol.value.kind !== 'string' || protocol.value.value.toLowerCase() !== 'http') continue;
      const port = listener.attr('lb_port')?.value;
      report({ at: protocol, message: `The listener on port ${port?.kind === 'number' ? port.value : '?'} uses lb_protocol "${protocol.value.value}": clients connect in clear text.` });
    }
  },
});
