import { defineRule } from '../../rule';
import { securityGroupRulesOf } from './security-group-rule-views';

/**
 * Security group rules without a description: inline `ingress`/`egress` blocks,
 * `aws_security_group_rule` and `aws_vpc_security_group_*_rule`.
 */
export default defineRule({
  id: 'aws-security-group-rule-missing-description',
  title: 'Security group rule without a description',
  severity: 'info',
  category: 'governance',
  targets: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'],
  docs: {
    why: 'A rule\'s description is the only place in AWS that says why a port is open and for whom. Without it, reviews and incident responders cannot tell a forgotten debugging rule from a required one, so stale openings stay forever.',
    fix: 'Add description = "..." to each rule saying who needs the access and why ("HTTPS from the ALB", "PostgreSQL from the app tier"). Descriptions of rules can be changed in place.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html'],
  },
  equivalents: { checkov: ['CKV_AWS_23'], trivy: ['AVD-AWS-0124'], tfsec: ['aws-ec2-add-description-to-security-group-rule', 'aws-vpc-add-description-to-security-group-rule'] },
  check({ resource, report }) {
    for (const rule of securityGroupRulesOf(resource)) {
      const description = rule.view.attr('description');
      // an unknown description will be whatever the variable holds; only missing, null or blank is reported
      if (description && (description.value.kind !== 'string' || description.value.value.trim() !== '')) continue;
      report({
        at: description ?? rule.view,
        message: rule.inline ? `This ${rule.direction} rule has no description: say who needs this access and why.` : `This security group ${rule.direction} rule has no description: say who needs this access and why.`,
      });
    }
  },
});
