import { defineRule } from '../../rule';

/** An access key created for the user named "root" (written as a name, or through an aws_iam_user of that name). */
export default defineRule({
  id: 'aws-iam-root-access-key',
  title: 'Access key created for the root user',
  severity: 'error',
  category: 'security',
  targets: ['aws_iam_access_key'],
  docs: {
    why: 'The root user can do everything in the account, including closing it and changing its contact details, and no IAM policy limits it. An access key for it is a permanent credential with that power, and CIS AWS Foundations asks that the root user have none.',
    fix: 'Remove the key and use IAM roles (or IAM Identity Center) for daily work. Keep the root user for the few tasks that need it, with MFA and no access keys.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user_manage_delete-key.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0141'], tfsec: ['aws-iam-no-root-access-keys'] },
  check({ resource, report }) {
    const user = resource.attr('user');
    if (!user || user.value.kind !== 'string' || user.value.value !== 'root') return;
    const status = resource.attr('status')?.value;
    if (status?.kind === 'string' && status.value === 'Inactive') return;
    report({ at: user, message: 'This creates an access key for the user "root": a permanent credential that no IAM policy can limit. Use roles instead.' });
  },
});
