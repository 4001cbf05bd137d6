import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';
import type { Value } from '../../../terraform';

const WORLD = ['0.0.0.0/0', '::/0'];
/** Ports attackers scan first: remote administration and databases. */
const SENSITIVE: Record<number, string> = {
  22: 'SSH',
  3389: 'RDP',
  3306: 'MySQL',
  5432: 'PostgreSQL',
  1433: 'SQL Server',
  1521: 'Oracle',
  27017: 'MongoDB',
  6379: 'Redis',
  9200: 'Elasticsearch',
  5439: 'Redshift',
  11211: 'Memcached',
  2379: 'etcd',
};

function strings(v: Value | undefined): string[] {
  if (!v || v.kind !== 'list') return [];
  return v.items.flatMap((x) => (x.kind === 'string' ? [x.value] : []));
}

function num(v: Value | undefined): number | undefined {
  return v?.kind === 'number' ? v.value : undefined;
}

/** The sensitive services a rule's port range covers, or "all ports" for protocol -1. */
function exposed(rule: BlockView | { get(path: string): Value | undefined }): string[] {
  const protocol = rule.get('protocol') ?? rule.get('ip_protocol');
  const from = num(rule.get('from_port'));
  const to = num(rule.get('to_port'));
  if (protocol?.kind === 'string' && (protocol.value === '-1' || protocol.value === 'all')) return ['all ports'];
  if (from === undefined || to === undefined) return [];
  if (from <= 0 && to >= 65535) return ['all ports'];
  return Object.entries(SENSITIVE)
    .filter(([port]) => from <= Number(port) && Number(port) <= to)
    .map(([port, name]) => `${name} (${port})`);
}

/**
 * Security group ingress from anywhere (0.0.0.0/0 or ::/0) to remote administration or database
 * ports, or to all ports. Inline `ingress` blocks, `aws_security_group_rule` of type ingress and
 * `aws_vpc_security_group_ingress_rule`.
 */
export default defineRule({
  id: 'aws-security-group-open-ingress',
  title: 'Security group open to the internet on an administration or database port',
  severity: 'error',
  category: 'security',
  targets: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule'],
  docs: {
    why: 'Ports such as SSH (22), RDP (3389) and database ports open to 0.0.0.0/0 are found by internet-wide scanners within minutes and attacked with stolen or guessed credentials and known exploits.',
    fix: 'Allow only the networks that need access (an office or VPN range, a bastion\'s security group), or use AWS Systems Manager Session Manager instead of opening SSH or RDP.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html', 'https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html'],
  },
  equivalents: { checkov: ['CKV_AWS_24', 'CKV_AWS_25', 'CKV_AWS_260'], trivy: ['AVD-AWS-0107'], tfsec: ['aws-ec2-no-public-ingress-sgr'] },
  check({ resource, report }) {
    const check = (block: BlockView, cidrAttrs: readonly string[]): void => {
      for (const name of cidrAttrs) {
        const attr = block.attr(name);
        if (!attr) continue;
        const open = strings(attr.value).concat(attr.value.kind === 'string' ? [attr.value.value] : []).filter((c) => WORLD.includes(c));
        if (open.length === 0) continue;
        const services = exposed(block);
        if (services.length === 0) continue;
        report({ at: attr, message: `Ingress from ${open.join(' and ')} reaches ${services.join(', ')}: anyone on the internet can try to connect.` });
      }
    };
    if (resource.resourceType === 'aws_security_group') {
      for (const ingress of resource.blocks('ingress')) check(ingress, ['cidr_blocks', 'ipv6_cidr_blocks']);
    } else if (resource.resourceType === 'aws_security_group_rule') {
      const type = resource.get('type');
      if (type?.kind === 'string' && type.value === 'ingress') check(resource, ['cidr_blocks', 'ipv6_cidr_blocks']);
    } else {
      check(resource, ['cidr_ipv4', 'cidr_ipv6']);
    }
  },
});
