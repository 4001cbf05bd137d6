import { defineRule } from '../../rule';

/** An SSM document shared with `permissions = { type = "Share", account_ids = "All" }`. */
export default defineRule({
  id: 'aws-ssm-document-public',
  title: 'SSM document shared publicly',
  severity: 'error',
  category: 'security',
  targets: ['aws_ssm_document'],
  docs: {
    why: 'A document shared with "All" can be read and run by every AWS account. Documents often reveal internal hostnames, bucket names, script logic and sometimes credentials, and a public automation document is an easy template for an attacker to study.',
    fix: 'Share the document only with named accounts: permissions = { type = "Share", account_ids = "111122223333,444455556666" }, or remove permissions to keep it private. Turn on the account-level "block public sharing" setting for SSM documents as well.',
    links: ['https://docs.aws.amazon.com/systems-manager/latest/userguide/documents-ssm-sharing.html'],
  },
  equivalents: { checkov: ['CKV_AWS_303'] },
  // unsafe: accounts that run the shared document lose access to it
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const permissions = resource.attr('permissions');
    if (!permissions || permissions.value.kind !== 'object') return;
    const accounts = permissions.value.entries.get('account_ids');
    if (!accounts || accounts.kind !== 'string' || !accounts.value.split(',').some((a) => a.trim().toLowerCase() === 'all')) return;
    report({
      at: permissions,
      message: 'The document is shared with account_ids = "All": every AWS account can read and run it.',
      fixes: [{ title: 'Stop sharing the document (share it again with named accounts if needed)', edits: fix.remove(resource, 'permissions') }],
    });
  },
});
