import { defineRule } from '../../rule';
import type { AttributeView, Graph } from '../../resource-view';
import type { Value } from '../../../terraform';
import { stringsOf } from '../support/policy-document';

const ADMIN = /^arn:aws[a-z-]*:iam::aws:policy\/AdministratorAccess$/;

/** Whether a policy ARN is AdministratorAccess: written out, or a `data "aws_iam_policy"` that looks it up by name or ARN. */
function isAdmin(v: Value, graph: Graph): boolean {
  if (v.kind === 'string') return ADMIN.test(v.value);
  if (v.kind !== 'unknown' || !v.source) return false;
  const m = /^((?:module\.[^.]+\.)*data\.aws_iam_policy\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)\.arn$/.exec(v.source);
  const data = m ? graph.ofType('data.aws_iam_policy').find((d) => d.address === m[1]) : undefined;
  const name = data?.attr('name')?.value;
  const arn = data?.attr('arn')?.value;
  return (name?.kind === 'string' && name.value === 'AdministratorAccess') || (arn?.kind === 'string' && ADMIN.test(arn.value));
}

/**
 * The AWS managed AdministratorAccess policy attached to a user, group or role: through the
 * attachment resources or `managed_policy_arns` of `aws_iam_role`, its ARN written out or looked
 * up with `data "aws_iam_policy"` (which Checkov's CKV_AWS_275 flags; the finding is on the
 * attachment that uses it).
 */
export default defineRule({
  id: 'aws-iam-admin-access-attached',
  title: 'AdministratorAccess policy attached',
  severity: 'warning',
  category: 'security',
  targets: ['aws_iam_user_policy_attachment', 'aws_iam_role_policy_attachment', 'aws_iam_group_policy_attachment', 'aws_iam_policy_attachment', 'aws_iam_role'],
  docs: {
    why: 'AdministratorAccess allows every action on every resource. Attached to a CI role, an application role or a user with access keys, one leaked credential gives an attacker the whole account, including the power to erase their tracks.',
    fix: 'Attach a policy scoped to what the identity does (a job-function managed policy, or your own). Keep administrator access for a small break-glass role that people assume with MFA, and review who can assume it.',
    links: [
      'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AdministratorAccess.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_job-functions.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_274', 'CKV_AWS_275'] },
  check({ resource, graph, report }) {
    const flag = (at: AttributeView, who: string): void => {
      report({ at, message: `AdministratorAccess is attached to ${who}: it can do anything in the account. Attach a policy scoped to its job instead.` });
    };
    const named = (attr: string, kind: string): string => {
      const v = resource.attr(attr)?.value;
      return v?.kind === 'string' ? `the ${kind} "${v.value}"` : `an IAM ${kind}`;
    };
    if (resource.resourceType === 'aws_iam_role') {
      const arns = resource.attr('managed_policy_arns');
      if (arns && (arns.value.kind === 'list' ? arns.value.items : [arns.value]).some((a) => isAdmin(a, graph))) flag(arns, named('name', 'role'));
      return;
    }
    const policy = resource.attr('policy_arn');
    if (!policy || !isAdmin(policy.value, graph)) return;
    switch (resource.resourceType) {
      case 'aws_iam_user_policy_attachment':
        return flag(policy, named('user', 'user'));
      case 'aws_iam_role_policy_attachment':
        return flag(policy, named('role', 'role'));
      case 'aws_iam_group_policy_attachment':
        return flag(policy, named('group', 'group'));
      default: {
        const who = ['users', 'roles', 'groups'].flatMap((a) => stringsOf(resource.attr(a)?.value).values);
        if (who.length > 0) flag(policy, who.map((w) => `"${w}"`).join(', '));
      }
    }
  },
});
