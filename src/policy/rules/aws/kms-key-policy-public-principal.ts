import { defineRule } from '../../rule';
import { openToAnyone } from '../support/policy-document';

/**
 * Key policies (`policy` of `aws_kms_key` and `aws_kms_key_policy`) with an Allow statement for
 * any principal that no condition on the caller's account, organization or network narrows.
 */
export default defineRule({
  id: 'aws-kms-key-policy-public-principal',
  title: 'KMS key policy allows any principal',
  severity: 'error',
  category: 'security',
  targets: ['aws_kms_key', 'aws_kms_key_policy'],
  docs: {
    why: 'A key policy statement with Principal "*" and no condition such as kms:CallerAccount or aws:PrincipalOrgID lets any AWS account use the key, for example to decrypt data encrypted with it or to change its grants, depending on the actions allowed.',
    fix: 'Name the account root (arn:aws:iam::<account>:root) or the roles that use the key as principals, or add a kms:CallerAccount or aws:PrincipalOrgID condition to the statement.',
    links: ['https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-overview.html', 'https://docs.aws.amazon.com/kms/latest/developerguide/key-policy-default.html'],
  },
  equivalents: { checkov: ['CKV_AWS_33'] },
  whenUnknown: 'info',
  check({ resource, graph, report, undecided }) {
    const attr = resource.attr('policy');
    if (!attr) return;
    const open = openToAnyone(attr, graph);
    if (!open) {
      if (!attr.known) undecided(attr, 'the key policy is known only after apply');
      return;
    }
    if (open.statements === 0) return;
    const { actions } = open;
    report({ at: attr, message: `The key policy allows ${actions.join(', ') || 'its actions'} to any principal ("*") without a condition limiting the caller's account or organization.` });
  },
});
