import { defineRule } from '../../rule';

/** Queues encrypted with the AWS managed key `alias/aws/sqs` rather than a customer managed key. */
export default defineRule({
  id: 'aws-sqs-queue-aws-managed-key',
  title: 'SQS queue is encrypted with the AWS managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_sqs_queue'],
  docs: {
    why: 'The AWS managed key alias/aws/sqs has a key policy you cannot change: every principal in the account allowed to use SQS can use it, it cannot be shared with another account, and AWS services such as SNS, EventBridge or S3 cannot publish to a queue encrypted with it.',
    fix: 'Set kms_master_key_id to a customer managed KMS key whose key policy lets the queue\'s producers (including AWS services) use it, or use sqs_managed_sse_enabled = true when no key control is needed.',
    links: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-key-management.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0135'], tfsec: ['aws-sqs-queue-encryption-use-cmk'] },
  check({ resource, report }) {
    const key = resource.attr('kms_master_key_id');
    if (!key || key.value.kind !== 'string' || !/(^|:)alias\/aws\/sqs$/.test(key.value.value)) return;
    report({ at: key, message: `kms_master_key_id "${key.value.value}" is the AWS managed key: its policy cannot be changed, and AWS services cannot send to the queue.` });
  },
});
