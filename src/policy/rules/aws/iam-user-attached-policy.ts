import { defineRule } from '../../rule';
import { stringsOf } from '../support/policy-document';

/**
 * A managed policy attached directly to IAM users: `aws_iam_user_policy_attachment`, or an
 * `aws_iam_policy_attachment` that lists users.
 */
export default defineRule({
  id: 'aws-iam-user-attached-policy',
  title: 'Managed policy attached directly to an IAM user',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_user_policy_attachment', 'aws_iam_policy_attachment'],
  docs: {
    why: 'Policies attached to individual users drift apart: every user accumulates a different set of rights, and access reviews have to inspect each one. Rights granted through groups or roles are reviewed and removed in one place.',
    fix: 'Attach the policy to a group (aws_iam_group_policy_attachment) and add the user to it, or move people to IAM Identity Center and workloads to roles. Note that aws_iam_policy_attachment is exclusive: it detaches the policy from every entity not listed, so prefer the *_policy_attachment resources.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#use-groups-for-permissions',
      'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/iam_policy_attachment',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_40'], trivy: ['AVD-AWS-0143'], tfsec: ['aws-iam-no-user-attached-policies'] },
  check({ resource, report }) {
    const policy = resource.attr('policy_arn')?.value;
    const name = policy?.kind === 'string' ? ` "${policy.value.replace(/^arn:[^:]+:iam::[^:]*:policy\//, '')}"` : '';
    if (resource.resourceType === 'aws_iam_user_policy_attachment') {
      const user = resource.attr('user')?.value;
      report({ at: resource, message: `The policy${name} is attached directly to ${user?.kind === 'string' ? `the IAM user "${user.value}"` : 'an IAM user'}: attach it to a group or role instead.` });
      return;
    }
    const users = resource.attr('users');
    if (!users) return;
    const { values, complete } = stringsOf(users.value);
    if (values.length === 0 && complete) return;
    if (values.length === 0) return; // the list is known only after apply: it may well be empty
    report({ at: users, message: `The policy${name} is attached directly to ${values.length === 1 ? `the IAM user "${values[0]}"` : `${values.length} IAM users`}: attach it to a group instead.` });
  },
});
