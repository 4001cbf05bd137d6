import { defineRule } from '../../rule';

/** The provider writes "Managed by Terraform" when a security group has no description. */
const DEFAULT_DESCRIPTION = 'Managed by Terraform';

/**
 * Security groups without a description of their own: none set (the provider then writes
 * "Managed by Terraform"), that default written out, or an empty string.
 */
export default defineRule({
  id: 'aws-security-group-missing-description',
  title: 'Security group without a description',
  severity: 'info',
  category: 'governance',
  targets: ['aws_security_group'],
  docs: {
    why: 'The description is what the console, the CLI and audit tools show next to a security group\'s id. "Managed by Terraform" says nothing about what the group protects, so people attach the wrong group or are afraid to delete unused ones.',
    fix: 'Set description = "..." to what the group is for ("PostgreSQL for the orders service"). Changing a security group\'s description replaces the group, so do it when it is created, or plan the replacement (name_prefix with create_before_destroy).',
    links: ['https://docs.aws.amazon.com/vpc/latest/userguide/creating-security-groups.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0099'], tfsec: ['aws-ec2-add-description-to-security-group', 'aws-vpc-add-description-to-security-group'] },
  check({ resource, report }) {
    const description = resource.attr('description');
    if (!description) {
      report({ at: resource, message: `No description: AWS will show "${DEFAULT_DESCRIPTION}" for this group. Say what it protects.` });
      return;
    }
    if (description.value.kind !== 'string') return;
    const text = description.value.value.trim();
    if (text === '' || text === DEFAULT_DESCRIPTION) report({ at: description, message: text === '' ? 'The description is empty: say what this group protects.' : `"${DEFAULT_DESCRIPTION}" is the provider's default and says nothing about what this group protects.` });
  },
});
