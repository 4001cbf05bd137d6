import { defineRule } from '../../rule';
import { IDENTITY_POLICY_TARGETS, identityStatements } from '../support/policy-document';
import { CREDENTIALS_EXPOSURE, grants, unrestrictedAllows } from '../support/iam-risk';

/**
 * An identity policy statement that allows, on every resource, actions whose response carries
 * credentials: sts:AssumeRole, iam:CreateAccessKey, redshift:GetClusterCredentials, ... A statement
 * granting only actions that take no resource but "*" (ecr:GetAuthorizationToken alone) is left out.
 */
export default defineRule({
  id: 'aws-iam-policy-credentials-exposure',
  title: 'IAM policy allows obtaining credentials on every resource',
  severity: 'warning',
  category: 'security',
  targets: IDENTITY_POLICY_TARGETS,
  docs: {
    why: 'These actions return credentials in their response: keys for any IAM user, a session for any role, database passwords or tokens. Allowed on "*", they let the holder become other principals, often more privileged ones.',
    fix: 'Scope them to the roles, users or clusters the workload needs ("arn:aws:iam::123456789012:role/deploy-*" for sts:AssumeRole), or add conditions such as aws:ResourceTag.',
    links: ['https://cloudsplaining.readthedocs.io/en/latest/glossary/credentials-exposure/'],
  },
  equivalents: { checkov: ['CKV_AWS_107', 'CKV_AWS_287'] },
  check({ resource, report }) {
    for (const s of unrestrictedAllows(identityStatements(resource))) {
      const found = CREDENTIALS_EXPOSURE.filter((a) => grants(s, a));
      if (found.length === 0) continue;
      const listed = found.slice(0, 3).join(', ') + (found.length > 3 ? ` and ${found.length - 3} more` : '');
      report({ at: s.actions?.at ?? s.notActions?.at ?? s.at, message: `Statement ${s.label} allows ${listed} on every resource ("*"): the holder can obtain credentials of other principals.` });
    }
  },
});
