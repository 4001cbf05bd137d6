import { defineRule } from '../../rule';
import { IDENTITY_POLICY_TARGETS, identityStatements } from '../support/policy-document';

/**
 * An identity policy that allows `s3:*`, whatever its resources, unless the same policy also denies
 * `s3:*`. Narrower than aws-iam-policy-wildcard-action (any service's `*` on every resource) in
 * the service, broader in the resources: all of S3 on one bucket is still every bucket permission.
 */
export default defineRule({
  id: 'aws-iam-policy-s3-full-access',
  title: 'IAM policy allows every S3 action',
  severity: 'warning',
  category: 'security',
  targets: IDENTITY_POLICY_TARGETS,
  docs: {
    why: '"s3:*" grants every S3 action, now and in future, on the resources named: besides reading and writing objects, deleting buckets and object versions, turning off versioning, Object Lock and encryption settings, and rewriting bucket policies and ACLs so the data becomes public. A workload that only reads and writes objects then holds the power to destroy or expose them.',
    fix: 'List the actions the workload needs ("s3:GetObject", "s3:PutObject", "s3:ListBucket") and scope Resource to the bucket and object ARNs it uses. IAM Access Analyzer can generate a policy from CloudTrail activity.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
  },
  equivalents: { trivy: ['AVD-AWS-0345'], tfsec: ['aws-iam-no-s3-full-access'] },
  check({ resource, report }) {
    const statements = identityStatements(resource);
    const s3All = (values: readonly string[]): boolean => values.some((a) => a.toLowerCase() === 's3:*');
    if (statements.some((s) => s.effect === 'Deny' && s.actions && s3All(s.actions.values))) return;
    for (const s of statements) {
      if (s.effect !== 'Allow' || !s.actions || !s3All(s.actions.values)) continue;
      const resources = s.resources?.values ?? [];
      report({
        at: s.actions.at,
        message: `Statement ${s.label} allows "s3:*" on ${resources.length === 1 ? `"${resources[0]}"` : 'its resources'}: every S3 action, including deleting data, disabling versioning and making buckets public.`,
      });
    }
  },
});
