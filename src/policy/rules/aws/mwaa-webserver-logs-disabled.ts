import { defineRule } from '../../rule';

/** An MWAA environment without `logging_configuration { webserver_logs { enabled = true } }` (off by default). */
export default defineRule({
  id: 'aws-mwaa-webserver-logs-disabled',
  title: 'MWAA environment without webserver logs',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_mwaa_environment'],
  docs: {
    why: 'Amazon MWAA sends nothing to CloudWatch Logs unless each log type is turned on. Without webserver logs, what happens in the Airflow web server (who signed in and what they triggered, paused or cleared in the UI) is lost: there is nothing to debug a failure with or to audit afterwards.',
    fix: 'Add logging_configuration { webserver_logs { enabled = true log_level = "INFO" } }. CloudWatch Logs ingestion and storage are billed; set a retention on the log group MWAA creates.',
    links: ['https://docs.aws.amazon.com/mwaa/latest/userguide/monitoring-airflow.html'],
  },
  equivalents: { checkov: ['CKV_AWS_244'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('logging_configuration')) return;
    const logging = resource.blocks('logging_configuration')[0];
    if (logging?.hasUnknownBlocks('webserver_logs')) return;
    const enabled = logging?.blocks('webserver_logs')[0]?.attr('enabled');
    if (enabled && (!enabled.known || (enabled.value.kind === 'bool' && enabled.value.value))) return;
    report({
      at: enabled ?? resource,
      message: `${enabled ? 'webserver_logs is disabled' : 'No webserver_logs enabled in logging_configuration'}: the environment's webserver logs are not sent to CloudWatch Logs.`,
      fixes: [{ title: 'Send webserver logs to CloudWatch Logs', edits: fix.ensure(resource, ['logging_configuration', 'webserver_logs', 'enabled'], 'true') }],
    });
  },
});
