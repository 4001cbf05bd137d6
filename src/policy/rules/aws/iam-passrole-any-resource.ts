import { defineRule } from '../../rule';
import { allActionPatterns, coversAction, IDENTITY_POLICY_TARGETS, identityStatements } from '../support/policy-document';

/**
 * `iam:PassRole` (written out or through a wildcard such as `iam:Pass*`) allowed on every role
 * without a condition. Statements allowing `*` or `iam:*` are reported by the wildcard rules.
 */
export default defineRule({
  id: 'aws-iam-passrole-any-resource',
  title: 'IAM policy allows iam:PassRole on every role',
  severity: 'error',
  category: 'security',
  targets: IDENTITY_POLICY_TARGETS,
  docs: {
    why: 'iam:PassRole on "*" lets the holder hand any role in the account, including administrator roles, to a service it controls: launch an EC2 instance or a Lambda function with that role and use its credentials. It is one of the most common IAM privilege escalation paths.',
    fix: 'Scope the resource to the ARNs of the roles the workload must pass ("arn:aws:iam::123456789012:role/app-*") and add a condition on iam:PassedToService naming the service that receives them.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_iam-condition-keys.html#ck_PassedToService',
    ],
  },
  check({ resource, report }) {
    for (const s of identityStatements(resource)) {
      if (s.effect !== 'Allow' || !s.actions || !s.resources || s.conditioned !== false) continue;
      if (allActionPatterns(s.actions.values).length > 0 || s.actions.values.some((a) => /^iam:\*$/i.test(a))) continue;
      if (!coversAction(s.actions.values, 'iam:PassRole') || !s.resources.values.includes('*')) continue;
      const how = s.actions.values.find((a) => /^iam:PassRole$/i.test(a)) ?? s.actions.values.find((a) => coversAction([a], 'iam:PassRole'));
      report({
        at: s.actions.at,
        message: `Statement ${s.label} allows ${how === 'iam:PassRole' ? 'iam:PassRole' : `iam:PassRole (through "${how}")`} on every role ("*") without a condition: the holder can give any role, an administrator role included, to a service it controls.`,
      });
    }
  },
});
