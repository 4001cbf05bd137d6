import { defineRule } from '../../rule';

const MINIMUM = 14;

/** An account password policy allowing passwords shorter than 14 characters (AWS defaults to 8 without a policy, the provider to 6 without the attribute). */
export default defineRule({
  id: 'aws-iam-password-policy-short-minimum-length',
  title: 'IAM password policy allows passwords shorter than 14 characters',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_account_password_policy'],
  docs: {
    why: 'Length is what makes console passwords resist guessing and cracking. Short passwords for IAM users that can sign in to the console are brute-forced or found in breach lists; CIS AWS Foundations asks for at least 14 characters.',
    fix: 'Set minimum_password_length = 14 (or more). Better still, give people console access through IAM Identity Center with your identity provider and MFA, and keep few IAM users.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
  },
  equivalents: { checkov: ['CKV_AWS_10'], trivy: ['AVD-AWS-0063'], tfsec: ['aws-iam-set-minimum-password-length'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const length = resource.attr('minimum_password_length');
    if (length && (!length.known || length.value.kind !== 'number' || length.value.value >= MINIMUM)) return;
    report({
      at: length ?? resource,
      message: length && length.value.kind === 'number'
        ? `minimum_password_length is ${length.value.value}: passwords shorter than ${MINIMUM} characters are easy to guess or crack.`
        : `minimum_password_length is not set, so the policy allows 6-character passwords: require at least ${MINIMUM}.`,
      fixes: [{ title: `Require passwords of at least ${MINIMUM} characters`, edits: fix.set(resource, 'minimum_password_length', String(MINIMUM)) }],
    });
  },
});
