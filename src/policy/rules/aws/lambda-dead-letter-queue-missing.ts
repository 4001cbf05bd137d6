import { defineRule } from '../../rule';

/**
 * A function with neither a dead-letter queue (`dead_letter_config`) nor an on-failure
 * destination (`aws_lambda_function_event_invoke_config`) for failed asynchronous invocations.
 */
export default defineRule({
  id: 'aws-lambda-dead-letter-queue-missing',
  title: 'Lambda function without a dead-letter queue or failure destination',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_lambda_function'],
  docs: {
    why: 'When an asynchronous invocation (from S3, SNS, EventBridge) still fails after Lambda\'s retries, the event is discarded unless a dead-letter queue or an on-failure destination catches it: the upload is never processed and nobody knows. Functions only invoked synchronously (API Gateway, SQS event source mappings) do not need one.',
    fix: 'Add dead_letter_config { target_arn = aws_sqs_queue.<name>_dlq.arn } (and sqs:SendMessage for the role), or an aws_lambda_function_event_invoke_config with destination_config { on_failure { destination = ... } }.',
    links: [
      'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_116'] },
  check({ resource, graph, report }) {
    if (resource.hasUnknownBlocks('dead_letter_config') || resource.blocks('dead_letter_config').length > 0) return;
    const configs = [
      ...graph.referencing(resource, 'aws_lambda_function_event_invoke_config', 'function_name', 'function_name'),
      ...graph.referencing(resource, 'aws_lambda_function_event_invoke_config', 'function_name', 'arn'),
    ];
    if (configs.some((c) => c.blocks('destination_config').some((d) => d.blocks('on_failure').length > 0))) return;
    const name = resource.attr('function_name')?.value;
    report({ at: resource, message: `The function${name?.kind === 'string' ? ` "${name.value}"` : ''} has no dead-letter queue or on-failure destination: asynchronous events that keep failing are dropped silently.` });
  },
});
