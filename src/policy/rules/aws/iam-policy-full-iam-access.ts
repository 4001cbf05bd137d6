import { defineRule } from '../../rule';
import { IDENTITY_POLICY_TARGETS, identityStatements, jsonStatements } from '../support/policy-document';
import type { Statement } from '../support/policy-document';

/**
 * An identity policy statement that allows every IAM action: `"iam:*"`, or `"*"` / `"*:*"`,
 * whatever its resources. SSO permission sets' inline policies are read too.
 */
export default defineRule({
  id: 'aws-iam-policy-full-iam-access',
  title: 'IAM policy allows every IAM action',
  severity: 'error',
  category: 'security',
  targets: [...IDENTITY_POLICY_TARGETS, 'aws_ssoadmin_permission_set_inline_policy'],
  docs: {
    why: 'Whoever may call every IAM action can create users and access keys, attach any policy to themselves and rewrite role trust policies: full IAM access is administrator access one step removed, even when the rest of the policy looks narrow.',
    fix: 'Grant the IAM actions the workload calls (iam:GetRole, iam:PassRole on named roles, ...). For teams that manage roles, scope them with a path or name prefix and a permissions boundary.',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_permissions-required.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_40'] },
  check({ resource, report }) {
    const statements: readonly Statement[] = resource.resourceType === 'aws_ssoadmin_permission_set_inline_policy'
      ? (jsonStatements(resource.attr('inline_policy')) ?? [])
      : identityStatements(resource);
    for (const s of statements) {
      if (s.effect !== 'Allow' || !s.actions) continue;
      const all = s.actions.values.find((a) => a === '*' || a === '*:*' || a.toLowerCase() === 'iam:*');
      if (!all) continue;
      report({ at: s.actions.at, message: `Statement ${s.label} allows "${all}": every IAM action, enough to grant itself anything.` });
    }
  },
});
