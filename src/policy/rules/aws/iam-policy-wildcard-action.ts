import { defineRule } from '../../rule';
import { allActionPatterns, IDENTITY_POLICY_TARGETS, identityStatements } from '../support/policy-document';

/**
 * An identity policy statement allowing every action of a service (`s3:*`) on every resource, or
 * every action (`*`) on some resources. The `*` on `*` case is aws-iam-policy-full-admin.
 */
export default defineRule({
  id: 'aws-iam-policy-wildcard-action',
  title: 'IAM policy allows all actions of a service',
  severity: 'warning',
  category: 'security',
  targets: IDENTITY_POLICY_TARGETS,
  docs: {
    why: 'A service wildcard such as "s3:*" on "*" grants every current and future action of the service on every resource in the account, including deleting data and rewriting resource policies (s3:PutBucketPolicy, kms:PutKeyPolicy). A workload that only reads one bucket then holds the power to make every bucket public.',
    fix: 'List the actions the workload needs ("s3:GetObject", "s3:PutObject") and scope resources to the ARNs it uses. IAM Access Analyzer can generate a policy from CloudTrail activity.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-policy-generation.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_63', 'CKV_AWS_49'], trivy: ['AVD-AWS-0057'], tfsec: ['aws-iam-no-policy-wildcards'] },
  check({ resource, report }) {
    for (const s of identityStatements(resource)) {
      if (s.effect !== 'Allow' || !s.actions) continue;
      const anyResource = s.resources?.values.includes('*') ?? false;
      const all = allActionPatterns(s.actions.values);
      if (all.length > 0) {
        if (anyResource) continue; // full administrator access: aws-iam-policy-full-admin
        report({ at: s.actions.at, message: `Statement ${s.label} allows every action ("${all[0]}") on ${s.resources?.values.length === 1 ? s.resources.values[0] : 'its resources'}, including deleting it and rewriting its resource policy.` });
        continue;
      }
      const services = s.actions.values.filter((a) => /^[a-z0-9-]+:\*$/i.test(a));
      if (services.length === 0 || !anyResource) continue;
      report({
        at: s.actions.at,
        message: `Statement ${s.label} allows ${services.map((a) => `"${a}"`).join(', ')} on every resource ("*"): every action of ${services.length === 1 ? 'the service' : 'these services'}, now and in future, on every resource in the account.`,
      });
    }
  },
});
