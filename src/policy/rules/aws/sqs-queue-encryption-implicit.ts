import { defineRule } from '../../rule';

/**
 * Queues that state no encryption at all: no `kms_master_key_id` and `sqs_managed_sse_enabled` not
 * true. AWS applies SSE-SQS to queues created without either since October 2022, so this is about
 * saying so in the configuration; a queue with SSE-SQS explicitly off is also
 * aws-sqs-queue-unencrypted's finding.
 */
export default defineRule({
  id: 'aws-sqs-queue-encryption-implicit',
  title: 'SQS queue does not declare its encryption',
  severity: 'info',
  category: 'security',
  targets: ['aws_sqs_queue'],
  docs: {
    why: 'A queue that sets neither kms_master_key_id nor sqs_managed_sse_enabled relies on the account\'s defaults for encryption at rest: queues created before SSE-SQS became the default, or by tools that send the attribute as false, stay unencrypted, and a reviewer cannot tell from the code which one this is.',
    fix: 'Set sqs_managed_sse_enabled = true (SSE-SQS, no key to manage), or kms_master_key_id to a KMS key when you need a key policy or CloudTrail records of key use.',
    links: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-server-side-encryption.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0096'], tfsec: ['aws-sqs-enable-queue-encryption'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const key = resource.attr('kms_master_key_id');
    if (key && (!key.known || key.value.kind !== 'string' || key.value.value !== '')) return;
    const sse = resource.attr('sqs_managed_sse_enabled');
    if (sse && (!sse.known || (sse.value.kind === 'bool' && sse.value.value))) return;
    report({
      at: sse ?? resource,
      message: sse
        ? 'sqs_managed_sse_enabled is false and no kms_master_key_id is set: the queue declares no encryption at rest.'
        : 'Neither kms_master_key_id nor sqs_managed_sse_enabled is set: the queue\'s encryption at rest is left to account defaults.',
      fixes: [{ title: 'Declare SQS-managed encryption (SSE-SQS)', edits: fix.set(resource, 'sqs_managed_sse_enabled', 'true') }],
    });
  },
});
