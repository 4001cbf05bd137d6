import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';
import type { Value } from '../../../terraform';

const WORLD = ['0.0.0.0/0', '::/0'];
const ADMIN: Record<number, string> = { 22: 'SSH', 3389: 'RDP' };

function num(v: Value | undefined): number | undefined {
  return v?.kind === 'number' ? v.value : v?.kind === 'string' && /^\d+$/.test(v.value) ? Number(v.value) : undefined;
}

function str(v: Value | undefined): string | undefined {
  return v?.kind === 'string' ? v.value : undefined;
}

/** The administration ports an allow rule opens: all of them for protocol -1, else those in its port range. */
function opened(rule: BlockView): string[] {
  const protocol = str(rule.attr('protocol')?.value)?.toLowerCase();
  if (protocol === '-1' || protocol === 'all') return ['all ports'];
  if (protocol !== 'tcp' && protocol !== '6') return [];
  const from = num(rule.attr('from_port')?.value);
  const to = num(rule.attr('to_port')?.value);
  if (from === undefined || to === undefined) return [];
  return Object.entries(ADMIN).filter(([p]) => from <= Number(p) && Number(p) <= to).map(([p, name]) => `${name} (${p})`);
}

/**
 * Network ACL ingress rules that allow SSH, RDP or all traffic from anywhere: inline `ingress`
 * blocks of `aws_network_acl` and `aws_default_network_acl`, and `aws_network_acl_rule`. Rule
 * numbers are not compared, so a lower-numbered deny that shadows the allow is not seen.
 */
export default defineRule({
  id: 'aws-network-acl-open-admin-ports',
  title: 'Network ACL allows administration ports from the internet',
  severity: 'warning',
  category: 'security',
  targets: ['aws_network_acl', 'aws_default_network_acl', 'aws_network_acl_rule'],
  docs: {
    why: 'Network ACLs are the subnet-wide second line of defence behind security groups. An ACL that lets 0.0.0.0/0 reach SSH (22), RDP (3389) or every port leaves only the security group between internet scanners and every instance in the subnet, so one permissive security group is enough to expose them.',
    fix: 'Allow administration ports only from your VPN or office ranges (or not at all, using Systems Manager Session Manager), and allow from 0.0.0.0/0 only the ports the subnet serves publicly (80, 443) plus ephemeral return ports.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html'],
  },
  equivalents: { checkov: ['CKV_AWS_229', 'CKV_AWS_230', 'CKV_AWS_231', 'CKV_AWS_232'], trivy: ['AVD-AWS-0105'], tfsec: ['aws-ec2-no-public-ingress-acl'] },
  check({ resource, report }) {
    const check = (rule: BlockView, actionAttr: string): void => {
      if (str(rule.attr(actionAttr)?.value)?.toLowerCase() !== 'allow') return;
      for (const name of ['cidr_block', 'ipv6_cidr_block']) {
        const cidr = rule.attr(name);
        const value = str(cidr?.value);
        if (!cidr || !value || !WORLD.includes(value)) continue;
        const ports = opened(rule);
        if (ports.length === 0) continue;
        report({ at: cidr, message: `The network ACL allows ${ports.join(' and ')} from ${value}: only security groups stand between the internet and the subnet's instances.` });
      }
    };
    if (resource.resourceType === 'aws_network_acl_rule') {
      const egress = resource.attr('egress')?.value;
      if (egress?.kind === 'bool' && egress.value) return;
      check(resource, 'rule_action');
      return;
    }
    for (const ingress of resource.blocks('ingress')) check(ingress, 'action');
  },
});
