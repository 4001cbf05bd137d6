import { defineRule } from '../../rule';
import { jsonStatements } from '../support/policy-document';

/**
 * An inline policy embedded in an IAM user (`aws_iam_user_policy`). A policy that only denies (a
 * quarantine policy put on a user whose keys leaked) grants nothing and is left alone.
 */
export default defineRule({
  id: 'aws-iam-user-inline-policy',
  title: 'Inline policy on an IAM user',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_user_policy'],
  docs: {
    why: 'Permissions written into individual users are hard to review and are forgotten when people change teams: each user ends up with its own mix of rights. Inline policies also cannot be reused or versioned like managed policies.',
    fix: 'Put the permissions in a managed policy attached to a group (aws_iam_group_policy_attachment) and add the user to the group, or better, give people access through IAM Identity Center permission sets and workloads through roles.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_40'], trivy: ['AVD-AWS-0143'], tfsec: ['aws-iam-no-user-attached-policies'] },
  check({ resource, report }) {
    const statements = jsonStatements(resource.attr('policy'));
    if (statements && statements.every((s) => s.effect === 'Deny')) return;
    const user = resource.attr('user')?.value;
    report({
      at: resource,
      message: `This inline policy grants permissions directly to ${user?.kind === 'string' ? `the IAM user "${user.value}"` : 'an IAM user'}: attach a managed policy to a group or role instead.`,
    });
  },
});
