import { defineRule } from '../../rule';
import { IDENTITY_POLICY_TARGETS, identityStatements } from '../support/policy-document';
import { granting, PRIVILEGE_ESCALATION, unrestrictedAllows } from '../support/iam-risk';

/**
 * An identity policy that allows, on every resource, a set of actions known to escalate privileges
 * (Rhino Security Labs' methods, as cloudsplaining lists them): iam:CreatePolicyVersion,
 * iam:PassRole with ec2:RunInstances, lambda:UpdateFunctionCode, ... Wildcards and NotAction count.
 */
export default defineRule({
  id: 'aws-iam-policy-privilege-escalation',
  title: 'IAM policy allows privilege escalation',
  severity: 'error',
  category: 'security',
  targets: IDENTITY_POLICY_TARGETS,
  docs: {
    why: 'Some permissions are administrator access in disguise: whoever can create a new version of a policy, attach policies, pass any role to a new EC2 instance or Lambda function, or replace the code of a function that runs with a role, can grant themselves anything. One leaked credential with such a policy is a full account compromise.',
    fix: 'Scope the escalating actions to the ARNs the workload must manage (a role path, a function name prefix), add a condition such as iam:PassedToService or a permissions boundary, or move the job to a pipeline role that people cannot use directly.',
    links: [
      'https://rhinosecuritylabs.com/aws/aws-privilege-escalation-methods-mitigation/',
      'https://cloudsplaining.readthedocs.io/en/latest/glossary/privilege-escalation/',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_110', 'CKV_AWS_286'] },
  check({ resource, report }) {
    const open = unrestrictedAllows(identityStatements(resource));
    if (open.length === 0) return;
    const methods = Object.entries(PRIVILEGE_ESCALATION).filter(([, actions]) => actions.every((a) => granting(open, a)));
    if (methods.length === 0) return;
    const [name, actions] = methods[0]!;
    const at = granting(open, actions[0]!)!;
    const more = methods.length > 1 ? ` (and ${methods.length - 1} more escalation path${methods.length > 2 ? 's' : ''})` : '';
    report({
      at: at.actions?.at ?? at.notActions?.at ?? at.at,
      message: `The policy allows ${actions.join(' + ')} on every resource: privilege escalation by ${name}${more}.`,
    });
  },
});
