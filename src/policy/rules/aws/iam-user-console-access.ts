import { defineRule } from '../../rule';

/** IAM users with a console password: an `aws_iam_user_login_profile` for the user in this configuration. */
export default defineRule({
  id: 'aws-iam-user-console-access',
  title: 'IAM user can sign in to the console with a password',
  severity: 'info',
  category: 'security',
  targets: ['aws_iam_user'],
  docs: {
    why: 'Long-lived IAM user passwords are phished, reused and rarely rotated, and each user is one more identity to deprovision when someone leaves. People are better served by IAM Identity Center (or federation), which gives them short-lived role sessions behind your identity provider\'s MFA.',
    fix: 'Remove the aws_iam_user_login_profile and give people access through IAM Identity Center permission sets. Keep IAM users, if at all, for break-glass access with MFA.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-users-federation-idp'],
  },
  equivalents: { checkov: ['CKV2_AWS_22'] },
  check({ resource, graph, report }) {
    const profiles = graph.referencing(resource, 'aws_iam_user_login_profile', 'user', 'name');
    if (profiles.length === 0) return;
    const name = resource.attr('name')?.value;
    report({ at: resource, message: `The IAM user${name?.kind === 'string' ? ` "${name.value}"` : ''} has a console password (${profiles[0]!.address}): use IAM Identity Center for people instead.` });
  },
});
