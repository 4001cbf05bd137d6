/**
 * Security group rules as one shape, whichever way they are written: inline `ingress`/`egress`
 * blocks of `aws_security_group` (and `aws_default_security_group`), `aws_security_group_rule`
 * with its `type`, and the newer `aws_vpc_security_group_ingress_rule`/`_egress_rule`. Shared by
 * the security group rules so they agree on what a rule's direction, CIDRs and ports are.
 */
import type { AttributeView, BlockView, ResourceView } from '../../resource-view';
import type { Value } from '../../../terraform';

export const WORLD_CIDRS: readonly string[] = ['0.0.0.0/0', '::/0'];

/**
 * The ports aws-security-group-open-ingress reports when open to the world (administration and
 * databases). Kept equal to that rule's table so the two rules never report the same rule twice.
 */
export const SENSITIVE_PORTS: readonly number[] = [22, 3389, 3306, 5432, 1433, 1521, 27017, 6379, 9200, 5439, 11211, 2379];

export interface SecurityGroupRuleView {
  /** The block or resource holding the rule's attributes. */
  readonly view: BlockView;
  readonly direction: 'ingress' | 'egress';
  /** Where the CIDRs are written: `cidr_blocks`/`ipv6_cidr_blocks` or `cidr_ipv4`/`cidr_ipv6`. */
  readonly cidrAttrs: readonly string[];
  /** An inline block of a security group rather than a resource of its own. */
  readonly inline: boolean;
}

/** The rules a resource declares; [] when its direction is unknown or it is not a rule holder. */
export function securityGroupRulesOf(resource: ResourceView): SecurityGroupRuleView[] {
  switch (resource.resourceType) {
    case 'aws_security_group':
    case 'aws_default_security_group':
      return (['ingress', 'egress'] as const).flatMap((direction) =>
        resource.blocks(direction).map((view) => ({ view, direction, cidrAttrs: ['cidr_blocks', 'ipv6_cidr_blocks'], inline: true })),
      );
    case 'aws_security_group_rule': {
      const type = resource.get('type');
      if (type?.kind !== 'string' || (type.value !== 'ingress' && type.value !== 'egress')) return [];
      return [{ view: resource, direction: type.value, cidrAttrs: ['cidr_blocks', 'ipv6_cidr_blocks'], inline: false }];
    }
    case 'aws_vpc_security_group_ingress_rule':
      return [{ view: resource, direction: 'ingress', cidrAttrs: ['cidr_ipv4', 'cidr_ipv6'], inline: false }];
    case 'aws_vpc_security_group_egress_rule':
      return [{ view: resource, direction: 'egress', cidrAttrs: ['cidr_ipv4', 'cidr_ipv6'], inline: false }];
    default:
      return [];
  }
}

/** The world-open CIDRs (0.0.0.0/0, ::/0) an attribute lists, with the attribute. */
export function worldCidrs(rule: SecurityGroupRuleView): { attr: AttributeView; open: string[] }[] {
  const out: { attr: AttributeView; open: string[] }[] = [];
  for (const name of rule.cidrAttrs) {
    const attr = rule.view.attr(name);
    if (!attr) continue;
    const open = stringsOf(attr.value).filter((c) => WORLD_CIDRS.includes(c));
    if (open.length > 0) out.push({ attr, open });
  }
  return out;
}

function stringsOf(v: Value): string[] {
  if (v.kind === 'string') return [v.value];
  if (v.kind === 'list') return v.items.flatMap((x) => (x.kind === 'string' ? [x.value] : []));
  return [];
}

/** The ports a rule opens: every port (protocol -1/all, or 0-65535), a known range, or unknown. */
export type PortRange = { readonly kind: 'all' } | { readonly kind: 'range'; readonly protocol: string; readonly from: number; readonly to: number } | { readonly kind: 'unknown' };

export function portRangeOf(rule: SecurityGroupRuleView): PortRange {
  const protocol = rule.view.get('protocol') ?? rule.view.get('ip_protocol');
  if (protocol?.kind !== 'string' && protocol?.kind !== 'number') return { kind: 'unknown' };
  const p = String(protocol.kind === 'string' ? protocol.value : protocol.value).toLowerCase();
  if (p === '-1' || p === 'all') return { kind: 'all' };
  const from = rule.view.get('from_port');
  const to = rule.view.get('to_port');
  if (from?.kind !== 'number' || to?.kind !== 'number') return { kind: 'unknown' };
  if ((p === 'tcp' || p === '6' || p === 'udp' || p === '17') && from.value <= 0 && to.value >= 65535) return { kind: 'all' };
  return { kind: 'range', protocol: p, from: from.value, to: to.value };
}
