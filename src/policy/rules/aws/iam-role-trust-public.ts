import { defineRule } from '../../rule';
import { documentStatements, documentUsers, isPublicAllow, jsonStatements, type Statement } from '../support/policy-document';

/**
 * A role trust policy (`assume_role_policy`) that lets any principal (`"*"`, `AWS: "*"`) assume
 * the role with no condition. Checks the JSON on `aws_iam_role` and the policy documents that
 * roles use as trust policy.
 */
export default defineRule({
  id: 'aws-iam-role-trust-public',
  title: 'IAM role can be assumed by anyone',
  severity: 'error',
  category: 'security',
  targets: ['aws_iam_role', 'data.aws_iam_policy_document'],
  docs: {
    why: 'A trust policy that allows Principal "*" (or AWS "*") without a condition lets any AWS account in the world call sts:AssumeRole on the role and act with its permissions. Role ARNs are easy to guess or find in logs and public repositories.',
    fix: 'Name the accounts, roles or services that may assume the role in Principal. If a wildcard is really needed, restrict it with conditions such as aws:PrincipalOrgID or sts:ExternalId.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-user_externalid.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_60'] },
  check({ resource, graph, report }) {
    let statements: readonly Statement[] | undefined;
    if (resource.mode === 'data') {
      if (documentUsers(resource, graph, 'aws_iam_role', 'assume_role_policy').length === 0) return;
      statements = documentStatements(resource);
    } else {
      statements = jsonStatements(resource.attr('assume_role_policy'));
    }
    for (const s of statements ?? []) {
      if (isPublicAllow(s) !== true) continue;
      report({
        at: s.principals?.at ?? s.at,
        message: `Trust statement ${s.label} lets any AWS principal ("*") assume this role without a condition: anyone with an AWS account can obtain its credentials.`,
      });
    }
  },
});
