import { defineRule } from '../../rule';

/**
 * A queue with server-side encryption explicitly turned off: `sqs_managed_sse_enabled = false`
 * and no `kms_master_key_id`. Since October 2022 new queues get SSE-SQS by default, so a queue
 * that leaves both unset is encrypted and not reported.
 */
export default defineRule({
  id: 'aws-sqs-queue-unencrypted',
  title: 'SQS queue with server-side encryption turned off',
  severity: 'warning',
  category: 'security',
  targets: ['aws_sqs_queue'],
  docs: {
    why: 'Messages often carry order details, personal data or tokens, and may wait in a queue for up to 14 days. With encryption turned off they are stored in plain text at rest, which most compliance frameworks do not allow.',
    fix: 'Remove sqs_managed_sse_enabled = false (SSE-SQS is the default) or set it to true; for control over the key, set kms_master_key_id to a customer managed KMS key instead.',
    links: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html'],
  },
  // not Trivy's AVD-AWS-0096, which flags queues leaving SSE-SQS (on by default) unset
  equivalents: { checkov: ['CKV_AWS_27'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const sse = resource.attr('sqs_managed_sse_enabled');
    if (!sse || sse.value.kind !== 'bool' || sse.value.value) return;
    const kms = resource.attr('kms_master_key_id');
    if (kms) return;
    report({
      at: sse,
      message: 'sqs_managed_sse_enabled is false and no kms_master_key_id is set: messages are stored unencrypted.',
      fixes: [{ title: 'Use SQS-managed encryption (SSE-SQS)', edits: fix.set(resource, 'sqs_managed_sse_enabled', 'true') }],
    });
  },
});
