import { defineRule } from '../../rule';
import { portRangeOf, securityGroupRulesOf, SENSITIVE_PORTS, worldCidrs } from './security-group-rule-views';

const WEB_PORTS = [80, 443];

/**
 * Ingress from anywhere to ports other than HTTP and HTTPS. Administration and database ports,
 * and all ports, are aws-security-group-open-ingress's (an error); this rule reports the rest:
 * application ports, admin consoles, message brokers, wide port ranges.
 */
export default defineRule({
  id: 'aws-security-group-public-ingress-non-web-port',
  title: 'Security group open to the internet on a port other than 80 or 443',
  severity: 'warning',
  category: 'security',
  targets: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'],
  docs: {
    why: 'Anything listening on a port open to 0.0.0.0/0 is probed by internet-wide scanners: application servers without a load balancer in front, admin consoles (8080, 9090), message brokers and debug endpoints are regularly found and exploited this way. Public services are normally served on 80/443 behind a load balancer or CloudFront.',
    fix: 'Put public services behind a load balancer on 443 and allow the service port only from the load balancer\'s security group; allow other ports only from the networks that need them (VPN, office, peered VPCs).',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-best-practices.html'],
  },
  check({ resource, report }) {
    for (const rule of securityGroupRulesOf(resource)) {
      if (rule.direction !== 'ingress') continue;
      const ports = portRangeOf(rule);
      // all ports are reported by aws-security-group-open-ingress; unknown ports cannot be judged
      if (ports.kind !== 'range') continue;
      if (!['tcp', '6', 'udp', '17'].includes(ports.protocol)) continue;
      if (ports.from === ports.to && WEB_PORTS.includes(ports.from)) continue;
      if (ports.from === 80 && ports.to === 443) continue;
      if (SENSITIVE_PORTS.some((p) => ports.from <= p && p <= ports.to)) continue;
      const what = ports.from === ports.to ? `port ${ports.from}` : `ports ${ports.from}-${ports.to} (${ports.to - ports.from + 1} ports)`;
      for (const { attr, open } of worldCidrs(rule)) {
        report({ at: attr, message: `Ingress from ${open.join(' and ')} to ${ports.protocol === '17' ? 'udp' : ports.protocol === '6' ? 'tcp' : ports.protocol} ${what}: anything listening there is reachable from the whole internet.` });
      }
    }
  },
});
