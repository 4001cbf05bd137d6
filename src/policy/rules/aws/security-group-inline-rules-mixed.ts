import { defineRule } from '../../rule';

const RULE_TYPES = ['aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'] as const;

/**
 * A security group with inline `ingress`/`egress` blocks that also has rules declared as separate
 * resources. The provider treats inline rules as the complete list, so each apply removes the
 * separate ones and the next apply adds them back.
 */
export default defineRule({
  id: 'aws-security-group-inline-rules-mixed',
  title: 'Security group mixes inline rules with separate rule resources',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_security_group'],
  docs: {
    why: 'When a security group declares inline ingress or egress blocks, Terraform makes the group\'s rules exactly that list, so rules added by aws_security_group_rule or aws_vpc_security_group_*_rule resources are deleted on the next apply and re-created on the one after. Traffic they allow is cut in between, and plans never settle.',
    fix: 'Use one style per security group: move the inline ingress/egress blocks into aws_vpc_security_group_ingress_rule / aws_vpc_security_group_egress_rule resources (preferred), or move the separate rules inline.',
    links: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/security_group', 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  },
  check({ resource, graph, report }) {
    const inline = resource.blocks('ingress').length + resource.blocks('egress').length;
    if (inline === 0) return;
    const separate = RULE_TYPES.flatMap((t) => graph.referencing(resource, t, 'security_group_id', 'id'));
    if (separate.length === 0) return;
    const names = separate.slice(0, 3).map((r) => r.address).join(', ') + (separate.length > 3 ? ` and ${separate.length - 3} more` : '');
    report({ at: resource, message: `This group has ${inline} inline rule${inline === 1 ? '' : 's'} and ${separate.length} separate rule resource${separate.length === 1 ? '' : 's'} (${names}): each apply will delete the separate rules and the next will add them back.` });
  },
});
