import { defineRule } from '../../rule';
import type { AttributeView, Graph } from '../../resource-view';
import { stringsOf } from '../support/policy-document';

const IAM_FULL_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/IAMFullAccess$/;

/** Whether an ARN value is the IAMFullAccess policy: written out, or a `data "aws_iam_policy"` that looks it up. */
function isIamFullAccess(v: AttributeView['value'], graph: Graph): boolean {
  if (v.kind === 'string') return IAM_FULL_ACCESS.test(v.value);
  if (v.kind !== 'unknown' || !v.source) return false;
  const m = /^((?:module\.[^.]+\.)*data\.aws_iam_policy\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)\.arn$/.exec(v.source);
  const data = m ? graph.ofType('data.aws_iam_policy').find((d) => d.address === m[1]) : undefined;
  const name = data?.attr('name')?.value;
  const arn = data?.attr('arn')?.value;
  return (name?.kind === 'string' && name.value === 'IAMFullAccess') || (arn?.kind === 'string' && IAM_FULL_ACCESS.test(arn.value));
}

/**
 * The AWS managed IAMFullAccess policy attached to a user, group, role or SSO permission set:
 * through the attachment resources (its ARN written out or looked up with `data "aws_iam_policy"`)
 * or `managed_policy_arns` of `aws_iam_role`.
 */
export default defineRule({
  id: 'aws-iam-full-access-policy-attached',
  title: 'IAMFullAccess managed policy attached',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_user_policy_attachment', 'aws_iam_role_policy_attachment', 'aws_iam_group_policy_attachment', 'aws_iam_policy_attachment', 'aws_iam_role', 'aws_ssoadmin_managed_policy_attachment'],
  docs: {
    why: 'IAMFullAccess allows every IAM action: whoever holds it can create access keys for any user, attach AdministratorAccess to themselves and change role trust policies. It is administrator access one step removed.',
    fix: 'Attach a policy with the IAM actions the identity needs, scoped by path or name prefix and limited by a permissions boundary; keep full IAM access for a break-glass role.',
    links: ['https://docs.aws.amazon.com/aws-managed-policy/latest/reference/IAMFullAccess.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_51'] },
  check({ resource, graph, report }) {
    const attrs = resource.resourceType === 'aws_iam_role' ? ['managed_policy_arns'] : resource.resourceType === 'aws_ssoadmin_managed_policy_attachment' ? ['managed_policy_arn'] : ['policy_arn'];
    for (const name of attrs) {
      const a = resource.attr(name);
      if (!a) continue;
      const values = a.value.kind === 'list' ? a.value.items : [a.value];
      if (!values.some((v) => isIamFullAccess(v, graph))) continue;
      if (resource.resourceType === 'aws_iam_policy_attachment' && ['users', 'roles', 'groups'].every((w) => stringsOf(resource.attr(w)?.value).items.length === 0)) continue;
      report({ at: a, message: 'IAMFullAccess is attached: every IAM action, enough to grant administrator access to itself.' });
    }
  },
});
