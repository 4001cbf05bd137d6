import { defineRule } from '../../rule';

const MAX_DAYS = 90;

/** An account password policy whose passwords never expire or expire after more than 90 days. */
export default defineRule({
  id: 'aws-iam-password-policy-long-max-age',
  title: 'IAM password policy lets passwords live longer than 90 days',
  severity: 'info',
  category: 'governance',
  targets: ['aws_iam_account_password_policy'],
  docs: {
    why: 'CIS AWS Foundations v1.2 and many audit frameworks (PCI DSS for accounts without MFA) require console passwords to expire within 90 days, so a password leaked unnoticed stops working. NIST SP 800-63B now advises against forced periodic changes when MFA and breach checks are in place, so treat this as a compliance requirement rather than a hardening.',
    fix: 'Set max_password_age = 90 if your compliance framework requires it; otherwise require MFA for every console user and keep passwords long.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html', 'https://pages.nist.gov/800-63-3/sp800-63b.html'],
  },
  equivalents: { checkov: ['CKV_AWS_9'], trivy: ['AVD-AWS-0062'], tfsec: ['aws-iam-set-max-password-age'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const age = resource.attr('max_password_age');
    if (age && (!age.known || age.value.kind !== 'number' || (age.value.value > 0 && age.value.value <= MAX_DAYS))) return;
    report({
      at: age ?? resource,
      message: age && age.value.kind === 'number' && age.value.value > 0
        ? `max_password_age is ${age.value.value} days, longer than the ${MAX_DAYS} days CIS asks for.`
        : `Passwords never expire (max_password_age is not set): CIS asks for ${MAX_DAYS} days at most.`,
      fixes: [{ title: `Expire passwords after ${MAX_DAYS} days`, edits: fix.set(resource, 'max_password_age', String(MAX_DAYS)) }],
    });
  },
});
