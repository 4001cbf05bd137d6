import { defineRule } from '../../rule';
import { allowsAnyCaller, describeActions, resourcePolicyStatements } from '../support/policy-document';

const HOLDERS = [['aws_glacier_vault', 'access_policy']] as const;

/**
 * A Glacier vault access policy statement that allows anyone (`"*"`), with no condition on the
 * caller (network, organization, account, source) narrowing it.
 */
export default defineRule({
  id: 'aws-glacier-vault-policy-public',
  title: 'Glacier vault access policy allows anyone',
  severity: 'error',
  category: 'security',
  targets: ['aws_glacier_vault', 'data.aws_iam_policy_document'],
  docs: {
    why: 'A vault policy that allows Principal "*" lets any AWS account start retrieval jobs and download the archives, or delete them, depending on the actions it allows. Archives are usually long-term backups and records nobody watches day to day.',
    fix: 'Name the accounts or roles that use the vault in Principal, or add a condition on aws:PrincipalOrgID, aws:SourceVpce or aws:PrincipalAccount.',
    links: ['https://docs.aws.amazon.com/amazonglacier/latest/dev/vault-access-policy.html'],
  },
  equivalents: { checkov: ['CKV_AWS_167'] },
  check({ resource, graph, report }) {
    for (const s of resourcePolicyStatements(resource, graph, HOLDERS) ?? []) {
      if (allowsAnyCaller(s) !== true) continue;
      report({ at: s.principals?.at ?? s.at, message: `Statement ${s.label} allows anyone ("*") ${describeActions(s)} on the vault, with no condition on the caller.` });
    }
  },
});
