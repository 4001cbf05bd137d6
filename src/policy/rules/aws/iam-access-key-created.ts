import { defineRule } from '../../rule';

/** A long-lived access key for an IAM user created by Terraform, its secret kept in the state. */
export default defineRule({
  id: 'aws-iam-access-key-created',
  title: 'IAM access key created in Terraform',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_access_key'],
  docs: {
    why: 'aws_iam_access_key writes the secret access key to the Terraform state in plain text unless a pgp_key is given: everyone who can read the state (CI logs, the state bucket, laptops) holds a long-lived credential. Long-lived keys are also the most common source of leaked AWS credentials.',
    fix: 'Use roles instead: IAM roles for workloads on AWS, OIDC federation (GitHub Actions, GitLab) for CI, IAM Roles Anywhere for servers elsewhere. If a key is unavoidable, create it outside Terraform or set pgp_key so only the encrypted secret is stored, and rotate it.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_access_key',
    ],
  },
  check({ resource, report }) {
    const status = resource.attr('status')?.value;
    if (status?.kind === 'string' && status.value === 'Inactive') return;
    const user = resource.attr('user')?.value;
    const who = user?.kind === 'string' ? `the IAM user "${user.value}"` : 'an IAM user';
    const pgp = resource.attr('pgp_key');
    report({
      at: resource,
      message: pgp
        ? `This creates a long-lived access key for ${who}. The secret is PGP-encrypted in the state, but long-lived keys leak: prefer a role.`
        : `This creates a long-lived access key for ${who}, and its secret is stored in plain text in the Terraform state. Use a role, or at least set pgp_key.`,
    });
  },
});
