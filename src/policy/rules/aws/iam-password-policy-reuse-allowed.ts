import { defineRule } from '../../rule';

const REMEMBER = 24;

/** An account password policy that lets users reuse one of their last 24 passwords (no prevention by default). */
export default defineRule({
  id: 'aws-iam-password-policy-reuse-allowed',
  title: 'IAM password policy allows reusing recent passwords',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_account_password_policy'],
  docs: {
    why: 'Without reuse prevention, a user asked to change a leaked password can set it back to the same value, and the leaked password keeps working. CIS AWS Foundations asks IAM to remember the last 24 passwords.',
    fix: 'Set password_reuse_prevention = 24 (the maximum IAM allows).',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
  },
  // not Trivy's AVD-AWS-0056, which is content with 5 remembered passwords
  equivalents: { checkov: ['CKV_AWS_13'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const reuse = resource.attr('password_reuse_prevention');
    if (reuse && (!reuse.known || reuse.value.kind !== 'number' || reuse.value.value >= REMEMBER)) return;
    report({
      at: reuse ?? resource,
      message: reuse && reuse.value.kind === 'number'
        ? `password_reuse_prevention is ${reuse.value.value}: users can go back to a password they used ${reuse.value.value + 1} changes ago. Remember the last ${REMEMBER}.`
        : `password_reuse_prevention is not set, so users can reuse a previous password right away: remember the last ${REMEMBER}.`,
      fixes: [{ title: `Remember the last ${REMEMBER} passwords`, edits: fix.set(resource, 'password_reuse_prevention', String(REMEMBER)) }],
    });
  },
});
