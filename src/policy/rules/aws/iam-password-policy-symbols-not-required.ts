import { defineRule } from '../../rule';
import { checkPasswordRequirement } from './iam-password-policy-requirement';

/** An account password policy whose `require_symbols` is false or not set. */
export default defineRule({
  id: 'aws-iam-password-policy-symbols-not-required',
  title: 'IAM password policy does not require symbols',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_account_password_policy'],
  docs: {
    why: 'Without a requirement for symbols, IAM users can choose passwords made of fewer character classes, which dictionary and brute-force attacks try first. CIS AWS Foundations (v1.2) and most audits ask for lowercase, uppercase, numbers and symbols.',
    fix: 'Set require_symbols = true, with the other character-class requirements and a minimum length of 14.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
  },
  equivalents: { checkov: ['CKV_AWS_14'], trivy: ['AVD-AWS-0060'], tfsec: ['aws-iam-require-symbols-in-passwords'] },
  fix: 'safe',
  check: checkPasswordRequirement('require_symbols', 'symbols'),
});
