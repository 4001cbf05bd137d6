import { defineRule } from '../../rule';
import { describeActions, isPublicAllow, resourcePolicyStatements } from '../support/policy-document';

const HOLDERS = [['aws_sqs_queue_policy', 'policy'], ['aws_sqs_queue', 'policy']] as const;

/** A queue policy statement that allows anyone (`"*"`) with no condition. */
export default defineRule({
  id: 'aws-sqs-queue-policy-public',
  title: 'SQS queue policy allows anyone',
  severity: 'error',
  category: 'security',
  targets: ['aws_sqs_queue_policy', 'aws_sqs_queue', 'data.aws_iam_policy_document'],
  docs: {
    why: 'A queue policy that allows Principal "*" without a condition lets any AWS account, and for some actions anonymous callers, send messages into the queue or read and delete them: injected jobs, stolen data, or a consumer starved of its work.',
    fix: 'Name the principals that use the queue, or for a service (SNS, S3, EventBridge) keep the service principal and add a condition on aws:SourceArn or aws:SourceAccount.',
    links: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html'],
  },
  equivalents: { checkov: ['CKV_AWS_168'] },
  check({ resource, graph, report }) {
    for (const s of resourcePolicyStatements(resource, graph, HOLDERS) ?? []) {
      if (isPublicAllow(s) !== true) continue;
      report({ at: s.principals?.at ?? s.at, message: `Statement ${s.label} allows anyone ("*") ${describeActions(s)} on the queue without a condition.` });
    }
  },
});
