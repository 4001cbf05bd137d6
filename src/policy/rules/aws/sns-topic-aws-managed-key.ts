import { defineRule } from '../../rule';

/** Topics encrypted with the AWS managed key `alias/aws/sns` rather than a customer managed key. */
export default defineRule({
  id: 'aws-sns-topic-aws-managed-key',
  title: 'SNS topic is encrypted with the AWS managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_sns_topic'],
  docs: {
    why: 'The AWS managed key alias/aws/sns has a key policy you cannot change: every principal in the account allowed to use SNS can use it, it cannot be granted to another account, and AWS services such as CloudWatch alarms, EventBridge or S3 event notifications cannot publish to a topic encrypted with it, so their messages are dropped.',
    fix: 'Set kms_master_key_id to a customer managed KMS key whose key policy lets the publishing services use it (kms:GenerateDataKey*, kms:Decrypt).',
    links: ['https://docs.aws.amazon.com/sns/latest/dg/sns-key-management.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0136'], tfsec: ['aws-sns-topic-encryption-use-cmk'] },
  check({ resource, report }) {
    const key = resource.attr('kms_master_key_id');
    if (!key || key.value.kind !== 'string' || !/(^|:)alias\/aws\/sns$/.test(key.value.value)) return;
    report({ at: key, message: `kms_master_key_id "${key.value.value}" is the AWS managed key: its policy cannot be changed, and AWS services cannot publish to the topic.` });
  },
});
