import { defineRule } from '../../rule';

/**
 * `aws_default_security_group` with ingress or egress rules. Terraform adopts the VPC's default
 * group and makes its rules exactly what is written: no blocks means no traffic, which is the
 * hardened state. Rules written here apply to everything launched without a group of its own.
 */
export default defineRule({
  id: 'aws-default-security-group-allows-traffic',
  title: 'Default security group allows traffic',
  severity: 'warning',
  category: 'security',
  targets: ['aws_default_security_group'],
  docs: {
    why: 'Every instance, ENI or database created in the VPC without an explicit security group lands in the default group. If that group allows traffic, resources launched by mistake or by a console wizard are reachable without anyone having decided so; CIS AWS Foundations asks for a default group with no rules.',
    fix: 'Remove every ingress and egress block from aws_default_security_group (Terraform then deletes the default rules) and give each workload a security group of its own.',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/default-security-group.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_12'] },
  check({ resource, report }) {
    for (const direction of ['ingress', 'egress'] as const) {
      for (const block of resource.blocks(direction)) {
        report({ at: block, message: `The default security group has an ${direction} rule: resources launched without their own group get this access. Leave the default group without rules.` });
      }
    }
  },
});
