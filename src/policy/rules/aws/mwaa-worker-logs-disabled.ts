import { defineRule } from '../../rule';

/** An MWAA environment without `logging_configuration { worker_logs { enabled = true } }` (off by default). */
export default defineRule({
  id: 'aws-mwaa-worker-logs-disabled',
  title: 'MWAA environment without worker logs',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_mwaa_environment'],
  docs: {
    why: 'Amazon MWAA sends nothing to CloudWatch Logs unless each log type is turned on. Without worker logs, what happens in the workers (the task logs of every DAG run, where failures and what a task did are recorded) is lost: there is nothing to debug a failure with or to audit afterwards.',
    fix: 'Add logging_configuration { worker_logs { enabled = true log_level = "INFO" } }. CloudWatch Logs ingestion and storage are billed; set a retention on the log group MWAA creates.',
    links: ['https://docs.aws.amazon.com/mwaa/latest/userguide/monitoring-airflow.html'],
  },
  equivalents: { checkov: ['CKV_AWS_243'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('logging_configuration')) return;
    const logging = resource.blocks('logging_configuration')[0];
    if (logging?.hasUnknownBlocks('worker_logs')) return;
    const enabled = logging?.blocks('worker_logs')[0]?.attr('enabled');
    if (enabled && (!enabled.known || (enabled.value.kind === 'bool' && enabled.value.value))) return;
    report({
      at: enabled ?? resource,
      message: `${enabled ? 'worker_logs is disabled' : 'No worker_logs enabled in logging_configuration'}: the environment's worker logs are not sent to CloudWatch Logs.`,
      fixes: [{ title: 'Send worker logs to CloudWatch Logs', edits: fix.ensure(resource, ['logging_configuration', 'worker_logs', 'enabled'], 'true') }],
    });
  },
});
