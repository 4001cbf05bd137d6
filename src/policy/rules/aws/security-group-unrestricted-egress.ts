import { defineRule } from '../../rule';
import { portRangeOf, securityGroupRulesOf, worldCidrs } from './security-group-rule-views';

/**
 * Egress to the whole internet (0.0.0.0/0 or ::/0). Advice, not an error: most workloads need
 * some outbound access, but "everything to everywhere" also lets malware and exfiltration out.
 */
export default defineRule({
  id: 'aws-security-group-unrestricted-egress',
  title: 'Security group allows egress to the whole internet',
  severity: 'info',
  category: 'security',
  targets: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_egress_rule'],
  docs: {
    why: 'A compromised instance that may connect anywhere can download tooling, reach a command-and-control server and send data out on any port. Outbound rules limited to the destinations a workload needs (VPC endpoints, a proxy, HTTPS only) make that much harder and show up in reviews.',
    fix: 'Limit egress to the ports and destinations the workload uses: HTTPS (443) to a NAT or proxy, the database\'s security group, VPC endpoints through prefix lists. Keep 0.0.0.0/0 only where the traffic really goes to arbitrary internet hosts.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0104'], tfsec: ['aws-ec2-no-public-egress-sgr', 'aws-vpc-no-public-egress-sgr'] },
  check({ resource, report }) {
    for (const rule of securityGroupRulesOf(resource)) {
      if (rule.direction !== 'egress') continue;
      const ports = portRangeOf(rule);
      const what = ports.kind === 'all' ? 'on every port' : ports.kind === 'range' ? (ports.from === ports.to ? `on port ${ports.from}` : `on ports ${ports.from}-${ports.to}`) : '';
      for (const { attr, open } of worldCidrs(rule)) {
        report({ at: attr, message: `Egress to ${open.join(' and ')}${what ? ' ' + what : ''}: instances in this group can connect to any host on the internet. Narrow it to the destinations the workload needs.` });
      }
    }
  },
});
