import { defineRule } from '../../rule';

const REQUIREMENTS: Readonly<Record<string, string>> = {
  require_lowercase_characters: 'lowercase letters',
  require_uppercase_characters: 'uppercase letters',
  require_numbers: 'numbers',
  require_symbols: 'symbols',
};

/** An account password policy that does not require each character class (each defaults to false). */
export default defineRule({
  id: 'aws-iam-password-policy-weak-complexity',
  title: 'IAM password policy does not require all character classes',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_account_password_policy'],
  docs: {
    why: 'Without character-class requirements, IAM users can choose passwords made only of lowercase letters or digits, which dictionary and brute-force attacks try first. CIS AWS Foundations (v1.2) and most audits ask for lowercase, uppercase, numbers and symbols.',
    fix: 'Set require_lowercase_characters, require_uppercase_characters, require_numbers and require_symbols to true, together with a minimum length of 14.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html'],
  },
  // Trivy checks each character class on its own (AVD-AWS-0058..0061): this rule asks for all four at once
  equivalents: { checkov: ['CKV_AWS_11', 'CKV_AWS_12', 'CKV_AWS_14', 'CKV_AWS_15'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const missing: string[] = [];
    for (const name of Object.keys(REQUIREMENTS)) {
      const a = resource.attr(name);
      if (a && !a.known) continue;
      if (a?.value.kind === 'bool' && a.value.value) continue;
      missing.push(name);
    }
    if (missing.length === 0) return;
    // point at the attribute when a single requirement is explicitly switched off
    const only = missing.length === 1 ? resource.attr(missing[0]!) : undefined;
    report({
      at: only ?? resource,
      message: `The password policy does not require ${listOf(missing.map((m) => REQUIREMENTS[m]!))}: passwords can be simple words or digits.`,
      fixes: [{ title: 'Require every character class', edits: fix.setAll(resource, Object.fromEntries(missing.map((m) => [m, 'true']))) }],
    });
  },
});

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
