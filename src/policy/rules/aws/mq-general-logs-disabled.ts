import { defineRule } from '../../rule';

/** Amazon MQ brokers without `logs { general = true }`. */
export default defineRule({
  id: 'aws-mq-general-logs-disabled',
  title: 'Amazon MQ broker general logging is off',
  severity: 'warning',
  category: 'security',
  targets: ['aws_mq_broker'],
  docs: {
    why: 'The general log holds the broker\'s own record of connections, authentication failures, errors and restarts. Without it in CloudWatch Logs, a client that cannot connect, a flood of failed logins or a broker that keeps restarting cannot be diagnosed after the fact.',
    fix: 'Set logs { general = true }; the broker then publishes its general log to CloudWatch Logs (billed), which needs a resource policy letting Amazon MQ write to the log group.',
    links: ['https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-activemq.html', 'https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-rabbitmq.html'],
  },
  equivalents: { checkov: ['CKV_AWS_48'], trivy: ['AVD-AWS-0071'], tfsec: ['aws-mq-enable-general-logging'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('logs')) return;
    const general = resource.attrAt('logs.general');
    if (general && (!general.known || (general.value.kind === 'bool' && general.value.value))) return;
    report({
      at: general ?? resource.blocks('logs')[0] ?? resource,
      message: `${general ? 'logs.general is false' : 'General logging is not enabled (logs.general defaults to false)'}: connections, authentication failures and broker errors are not recorded.`,
      fixes: [{ title: 'Publish the general log to CloudWatch Logs (billed)', edits: fix.ensure(resource, ['logs', 'general'], 'true') }],
    });
  },
});
