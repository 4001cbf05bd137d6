import { defineRule } from '../../rule';
import { checkPasswordRequirement } from './iam-password-policy-requirement';

/** An account password policy whose `require_uppercase_characters` is false or not set. */
export default defineRule({
  id: 'aws-iam-password-policy-uppercase-not-required',
  title: 'IAM password policy does not require uppercase letters',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_account_password_policy'],
  docs: {
    why: 'Without a requirement for uppercase letters, IAM users can choose passwords made of fewer character classes, which dictionary and brute-force attacks try first. CIS AWS Foundations (v1.2) and most audits ask for lowercase, uppercase, numbers and symbols.',
    fix: 'Set require_uppercase_characters = true, with the other character-class requirements and a minimum length of 14.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
  },
  equivalents: { checkov: ['CKV_AWS_15'], trivy: ['AVD-AWS-0061'], tfsec: ['aws-iam-require-uppercase-in-passwords'] },
  fix: 'safe',
  check: checkPasswordRequirement('require_uppercase_characters', 'uppercase letters'),
});
