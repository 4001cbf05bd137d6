import { defineRule } from '../../rule';
import { resourcePolicyStatements } from '../support/policy-document';

const HOLDERS = [['aws_sqs_queue_policy', 'policy'], ['aws_sqs_queue', 'policy']] as const;

/** A queue policy statement allowing every SQS action (`*` or `sqs:*`). */
export default defineRule({
  id: 'aws-sqs-queue-policy-wildcard-action',
  title: 'SQS queue policy allows all actions',
  severity: 'warning',
  category: 'security',
  targets: ['aws_sqs_queue_policy', 'aws_sqs_queue', 'data.aws_iam_policy_document'],
  docs: {
    why: 'Allowing "sqs:*" gives the principal every queue operation, including DeleteQueue, PurgeQueue and SetQueueAttributes (which can rewrite the queue policy itself), when it usually only needs to send or receive.',
    fix: 'List the actions the principal needs, typically sqs:SendMessage for producers, or sqs:ReceiveMessage, sqs:DeleteMessage and sqs:GetQueueAttributes for consumers.',
    links: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-api-permissions-reference.html'],
  },
  equivalents: { checkov: ['CKV_AWS_72'], trivy: ['AVD-AWS-0097'], tfsec: ['aws-sqs-no-wildcards-in-policy-documents'] },
  check({ resource, graph, report }) {
    for (const s of resourcePolicyStatements(resource, graph, HOLDERS) ?? []) {
      if (s.effect !== 'Allow' || !s.actions) continue;
      const wild = s.actions.values.find((a) => a === '*' || a.toLowerCase() === 'sqs:*');
      if (!wild) continue;
      report({ at: s.actions.at, message: `Statement ${s.label} allows "${wild}": every queue operation, including PurgeQueue, DeleteQueue and changing the queue policy.` });
    }
  },
});
