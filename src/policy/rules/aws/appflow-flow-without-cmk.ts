import { defineRule } from '../../rule';

/** An AppFlow flow without `kms_arn`: the data it moves is encrypted with an AWS managed key while in transit through AppFlow. */
export default defineRule({
  id: 'aws-appflow-flow-without-cmk',
  title: 'AppFlow flow not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_appflow_flow'],
  docs: {
    why: 'An AppFlow flow copies records between SaaS applications (Salesforce, Zendesk, ...) and AWS, and stages them while it runs. With the default AWS managed key, access to that staged data cannot be restricted, audited or revoked at the key.',
    fix: 'Set kms_arn to a customer managed aws_kms_key whose policy allows appflow.amazonaws.com to use it.',
    links: ['https://docs.aws.amazon.com/appflow/latest/userguide/data-protection.html'],
  },
  equivalents: { checkov: ['CKV_AWS_263'] },
  check({ resource, report }) {
    if (resource.attr('kms_arn')) return;
    report({ at: resource, message: 'No kms_arn: the data this flow moves is encrypted with an AWS managed key you cannot control or audit.' });
  },
});
