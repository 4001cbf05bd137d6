import { defineRule } from '../../rule';
import { IDENTITY_POLICY_TARGETS, identityStatements } from '../support/policy-document';

/** An identity policy statement that allows with NotAction: everything except a list. */
export default defineRule({
  id: 'aws-iam-policy-allow-not-action',
  title: 'IAM policy allows everything except listed actions (Allow with NotAction)',
  severity: 'warning',
  category: 'security',
  targets: IDENTITY_POLICY_TARGETS,
  docs: {
    why: '"Effect": "Allow" with NotAction grants every action of every service except the ones listed, including actions and services AWS adds later. Such statements usually meant to deny something and end up granting near-administrator access.',
    fix: 'Allow the actions the workload needs with Action. To forbid actions, keep the Allow narrow and add a separate Deny statement (or a service control policy).',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html'],
  },
  check({ resource, report }) {
    for (const s of identityStatements(resource)) {
      if (s.effect !== 'Allow' || !s.notActions || (s.notActions.values.length === 0 && s.notActions.complete)) continue;
      const on = s.resources?.values.includes('*') ? ' on every resource' : '';
      report({
        at: s.notActions.at,
        message: `Statement ${s.label} allows every action except ${s.notActions.values.slice(0, 3).map((a) => `"${a}"`).join(', ')}${s.notActions.values.length > 3 ? ', ...' : ''}${on}, including services added in future.`,
      });
    }
  },
});
