import { defineRule } from '../../rule';

/** An AppFlow connector profile without `kms_arn`: the connection's credentials are encrypted with an AWS managed key. */
export default defineRule({
  id: 'aws-appflow-connector-profile-without-cmk',
  title: 'AppFlow connector profile not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_appflow_connector_profile'],
  docs: {
    why: 'A connector profile stores the OAuth tokens, passwords or API keys AppFlow uses to reach a SaaS application or database. With the AWS managed key, you cannot limit or audit who can have those credentials decrypted, nor revoke them by disabling the key.',
    fix: 'Set kms_arn to a customer managed aws_kms_key whose policy allows AppFlow (and Secrets Manager, where AppFlow keeps the credentials) to use it.',
    links: ['https://docs.aws.amazon.com/appflow/latest/userguide/data-protection.html'],
  },
  equivalents: { checkov: ['CKV_AWS_264'] },
  check({ resource, report }) {
    if (resource.attr('kms_arn')) return;
    report({ at: resource, message: 'No kms_arn: the connection credentials in this profile are encrypted with an AWS managed key.' });
  },
});
