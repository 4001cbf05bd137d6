import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';

/**
 * Network ACL entries that allow every protocol and so every port (`protocol = "-1"` or "all"):
 * `aws_network_acl_rule` resources and the inline `ingress`/`egress` blocks of `aws_network_acl`,
 * whatever their CIDR. Open administration ports from anywhere are aws-network-acl-open-admin-ports.
 */
export default defineRule({
  id: 'aws-network-acl-rule-all-protocols',
  title: 'Network ACL rule allows all protocols and ports',
  severity: 'warning',
  category: 'security',
  targets: ['aws_network_acl_rule', 'aws_network_acl'],
  docs: {
    why: 'A network ACL rule with protocol -1 allows every protocol on every port from its CIDR, so the subnet\'s stateless firewall no longer limits which services can be reached or which traffic can leave. One such rule ahead of the deny rules makes the others moot.',
    fix: 'Allow only the protocols and port ranges the subnet needs (protocol = "tcp", from_port/to_port), including the ephemeral ports for return traffic, and leave the rest to the final deny.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html', 'https://docs.aws.amazon.com/vpc/latest/userguide/nacl-rules.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0102'], tfsec: ['aws-ec2-no-excessive-port-access'] },
  check({ resource, report }) {
    const entries: { block: BlockView; action: string; direction: string }[] =
      resource.resourceType === 'aws_network_acl_rule'
        ? [{ block: resource, action: 'rule_action', direction: 'a network ACL rule' }]
        : ['ingress', 'egress'].flatMap((kind) => resource.blocks(kind).map((block) => ({ block, action: 'action', direction: `an ${kind} entry` })));
    for (const { block, action, direction } of entries) {
      const allow = block.attr(action)?.value;
      if (allow?.kind !== 'string' || allow.value.toLowerCase() !== 'allow') continue;
      const protocol = block.attr('protocol');
      const p = protocol?.value;
      const all = (p?.kind === 'string' && (p.value === '-1' || p.value.toLowerCase() === 'all')) || (p?.kind === 'number' && p.value === -1);
      if (!protocol || !all) continue;
      report({ at: protocol, message: `${direction[0]!.toUpperCase()}${direction.slice(1)} allows every protocol on every port (protocol ${p?.kind === 'string' ? `"${p.value}"` : '-1'}): the network ACL does not limit which services are reachable.` });
    }
  },
});
