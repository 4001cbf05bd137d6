import { defineRule } from '../../rule';

/** How old a security policy may be, in months, before it counts as outdated. */
const MAX_AGE_MONTHS = 24;

/** The year and month a policy name carries (`TransferSecurityPolicy-FIPS-2024-05`), as months since year 0. */
function policyMonth(name: string): number | undefined {
  const m = /(?:^|-)(\d{4})-(\d{2})(?:-|$)/.exec(name);
  if (!m) return undefined;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? Number(m[1]) * 12 + month - 1 : undefined;
}

/**
 * A Transfer Family server whose `security_policy_name` dates from more than 24 months before
 * today, or is not set (the default, TransferSecurityPolicy-2018-11).
 */
export default defineRule({
  id: 'aws-transfer-server-outdated-security-policy',
  title: 'Transfer Family server uses an outdated security policy',
  severity: 'warning',
  category: 'security',
  targets: ['aws_transfer_server'],
  docs: {
    why: 'The security policy decides which SSH and TLS ciphers, key exchanges and MACs the server accepts. The default, TransferSecurityPolicy-2018-11, still allows SHA-1 and CBC-mode algorithms that current guidance retires; a policy more than two years old misses what AWS has removed since.',
    fix: 'Set security_policy_name to a current policy (the newest TransferSecurityPolicy-YYYY-MM, or its FIPS variant) from the AWS list, after checking that partners\' clients support its algorithms.',
    links: ['https://docs.aws.amazon.com/transfer/latest/userguide/security-policies.html'],
  },
  equivalents: { checkov: ['CKV_AWS_380'] },
  check({ resource, report, today }) {
    const policy = resource.attr('security_policy_name');
    if (policy && !policy.known) return;
    const [year, month] = today.split('-').map(Number);
    const now = year! * 12 + month! - 1;
    if (policy?.value.kind === 'string') {
      const at = policyMonth(policy.value.value);
      if (at === undefined || now - at < MAX_AGE_MONTHS) return;
      report({ at: policy, message: `security_policy_name "${policy.value.value}" is more than ${MAX_AGE_MONTHS} months old: it still accepts algorithms newer policies have dropped.` });
      return;
    }
    report({ at: resource, message: 'No security_policy_name: the server uses the default TransferSecurityPolicy-2018-11, which still accepts SHA-1 and CBC-mode algorithms.' });
  },
});
