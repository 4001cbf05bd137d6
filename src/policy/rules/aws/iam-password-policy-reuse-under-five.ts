import { defineRule } from '../../rule';

const MINIMUM = 5;

/**
 * An account password policy remembering fewer than 5 previous passwords (none when unset): Trivy's
 * threshold. aws-iam-password-policy-reuse-allowed asks for CIS AWS Foundations' 24.
 */
export default defineRule({
  id: 'aws-iam-password-policy-reuse-under-five',
  title: 'IAM password policy remembers fewer than 5 passwords',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_account_password_policy'],
  docs: {
    why: 'When IAM remembers fewer than five previous passwords, a user told to change a leaked password can cycle through a few throwaway ones and be back on the leaked password within minutes, and it works again.',
    fix: 'Set password_reuse_prevention to 5 or more; 24, the maximum, is what CIS AWS Foundations asks for.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0056'], tfsec: ['aws-iam-no-password-reuse'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const reuse = resource.attr('password_reuse_prevention');
    if (reuse && (!reuse.known || reuse.value.kind !== 'number' || reuse.value.value >= MINIMUM)) return;
    report({
      at: reuse ?? resource,
      message: reuse && reuse.value.kind === 'number'
        ? `password_reuse_prevention is ${reuse.value.value}: a user can return to a leaked password after ${reuse.value.value + 1} changes.`
        : 'password_reuse_prevention is not set: users can reuse their previous password right away.',
      // the value aws-iam-password-policy-reuse-allowed asks for, so one fix settles both
      fixes: [{ title: 'Remember the last 24 passwords', edits: fix.set(resource, 'password_reuse_prevention', '24') }],
    });
  },
});
