import { defineRule } from '../../rule';
import { documentStatements, documentUsers, jsonStatements, type Statement } from '../support/policy-document';

/** An account named as a whole: `123456789012` or `arn:aws:iam::123456789012:root`. */
const WHOLE_ACCOUNT = /^(\d{12}|arn:aws[a-z-]*:iam::\d{12}:root)$/;

/**
 * A role trust policy statement that lets a whole AWS account (its id or its `:root` ARN) assume
 * the role, unless it is an sts:AssumeRole statement with an `sts:ExternalId` condition.
 */
export default defineRule({
  id: 'aws-iam-role-trust-whole-account',
  title: 'IAM role can be assumed by any principal of an account',
  severity: 'info',
  category: 'security',
  targets: ['aws_iam_role', 'data.aws_iam_policy_document'],
  docs: {
    why: 'Trusting an account (its id or arn:aws:iam::<account>:root) lets every user and role of that account whose own policies allow sts:AssumeRole assume this role: the account\'s least careful identity decides who gets in. For a third party\'s account without an external id, it also opens the confused-deputy problem.',
    fix: 'Name the roles that may assume this role (arn:aws:iam::<account>:role/deployer), or keep the account and add conditions such as aws:PrincipalArn; for a vendor, require sts:ExternalId.',
    links: [
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html#principal-accounts',
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_61'] },
  check({ resource, graph, report }) {
    let statements: readonly Statement[] | undefined;
    if (resource.mode === 'data') {
      if (documentUsers(resource, graph, 'aws_iam_role', 'assume_role_policy').length === 0) return;
      statements = documentStatements(resource);
    } else {
      statements = jsonStatements(resource.attr('assume_role_policy'));
    }
    for (const s of statements ?? []) {
      if (s.effect !== 'Allow') continue;
      const account = (s.principals?.byType.get('AWS') ?? []).find((p) => WHOLE_ACCOUNT.test(p));
      if (!account) continue;
      const assumeOnly = s.actions?.values.includes('sts:AssumeRole') ?? false;
      if (s.conditions === undefined) continue;
      if (assumeOnly && s.conditions.some((c) => c.key.toLowerCase() === 'sts:externalid')) continue;
      report({ at: s.principals?.at ?? s.at, message: `Trust statement ${s.label} lets any principal of the account ${account.replace(/^arn:[^:]+:iam::(\d{12}):root$/, '$1')} assume this role.` });
    }
  },
});
