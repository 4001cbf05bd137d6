import { defineRule } from '../../rule';
import { allActionPatterns, IDENTITY_POLICY_TARGETS, identityStatements } from '../support/policy-document';

/**
 * An identity policy statement that allows every action (`*` or `*:*`) on every resource: full
 * administrator access. JSON policies (jsonencode or heredoc), role inline policies and
 * `aws_iam_policy_document` statements.
 */
export default defineRule({
  id: 'aws-iam-policy-full-admin',
  title: 'IAM policy grants full administrator access ("*" on "*")',
  severity: 'error',
  category: 'security',
  targets: IDENTITY_POLICY_TARGETS,
  docs: {
    why: 'A statement allowing "*" on "*" lets whoever holds the policy do anything in the account: read every secret, delete every backup, create new users and keys, and turn off CloudTrail. One leaked credential or compromised workload with this policy is a full account compromise.',
    fix: 'List the actions the workload calls and the ARNs it needs, or start from an AWS managed job-function policy. Keep real administrator access on a few roles assumed with MFA, not on workload identities.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_62', 'CKV_AWS_1'], trivy: ['AVD-AWS-0057'], tfsec: ['aws-iam-no-policy-wildcards'] },
  check({ resource, report }) {
    for (const s of identityStatements(resource)) {
      if (s.effect !== 'Allow' || !s.actions || !s.resources) continue;
      const all = allActionPatterns(s.actions.values);
      if (all.length === 0 || !s.resources.values.includes('*')) continue;
      report({
        at: s.actions.at,
        message: `Statement ${s.label} allows "${all[0]}" on every resource ("*"): full administrator access to the account.`,
      });
    }
  },
});
