import { defineRule } from '../../rule';

/**
 * A function without `reserved_concurrent_executions` (or with -1, the provider's "unreserved"):
 * it draws from the account's shared concurrency pool with no limit of its own.
 */
export default defineRule({
  id: 'aws-lambda-reserved-concurrency-unset',
  title: 'Lambda function without reserved concurrency',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_lambda_function'],
  docs: {
    why: 'Every function without reserved concurrency shares the account\'s regional concurrency pool (1,000 by default). A burst or a retry storm on one function can take the whole pool and throttle every other function in the account, and nothing caps how far a runaway function scales against a database or a paid API downstream.',
    fix: 'Set reserved_concurrent_executions to the most concurrent executions the function and what it calls can handle (0 stops all invocations). Reserved concurrency is free, but it is taken out of the pool other functions share.',
    links: ['https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html'],
  },
  equivalents: { checkov: ['CKV_AWS_115'] },
  check({ resource, report }) {
    const reserved = resource.attr('reserved_concurrent_executions');
    if (reserved && !(reserved.value.kind === 'number' && reserved.value.value === -1)) return;
    report({
      at: reserved ?? resource,
      message: reserved
        ? 'reserved_concurrent_executions is -1 (unreserved): the function can take the whole account concurrency pool and throttle other functions.'
        : 'No reserved_concurrent_executions: the function shares the account concurrency pool with no limit of its own, so one burst can throttle every other function.',
    });
  },
});
