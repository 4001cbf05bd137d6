import { defineRule } from '../../rule';
import { IDENTITY_POLICY_TARGETS, identityStatements } from '../support/policy-document';
import { DATA_EXFILTRATION, grants, unrestrictedAllows } from '../support/iam-risk';

/**
 * An identity policy statement that allows reading data or secrets on every resource:
 * s3:GetObject, ssm:GetParameter(s/ByPath) or secretsmanager:GetSecretValue on `"*"`.
 */
export default defineRule({
  id: 'aws-iam-policy-data-exfiltration',
  title: 'IAM policy allows reading any object, parameter or secret',
  severity: 'warning',
  category: 'security',
  targets: IDENTITY_POLICY_TARGETS,
  docs: {
    why: 's3:GetObject, ssm:GetParameter* and secretsmanager:GetSecretValue on "*" reach every bucket, parameter and secret of the account, including those of other teams and applications: a compromised workload can read them all. Unrestricted s3:GetObject is behind many data leaks.',
    fix: 'List the bucket, parameter path and secret ARNs the workload reads ("arn:aws:s3:::acme-reports/*", "arn:aws:ssm:*:*:parameter/app/*").',
    links: ['https://cloudsplaining.readthedocs.io/en/latest/glossary/data-exfiltration/'],
  },
  equivalents: { checkov: ['CKV_AWS_108', 'CKV_AWS_288'] },
  check({ resource, report }) {
    for (const s of unrestrictedAllows(identityStatements(resource))) {
      const found = DATA_EXFILTRATION.filter((a) => grants(s, a));
      if (found.length === 0) continue;
      report({ at: s.actions?.at ?? s.notActions?.at ?? s.at, message: `Statement ${s.label} allows ${found.join(', ')} on every resource ("*"): every object, parameter or secret of the account can be read.` });
    }
  },
});
