import { defineRule } from '../../rule';

/**
 * ActiveMQ brokers without `logs { audit = true }`. RabbitMQ brokers are left out: Amazon MQ has no
 * audit log for them (Trivy's check flags them too, though nothing can be turned on).
 */
export default defineRule({
  id: 'aws-mq-audit-logs-disabled',
  title: 'Amazon MQ broker audit logging is off',
  severity: 'warning',
  category: 'security',
  targets: ['aws_mq_broker'],
  docs: {
    why: 'The ActiveMQ audit log records management actions made through JMX and the web console: who created, deleted or purged queues and topics, and who changed users. Without it, a deleted queue or a tampered destination leaves no trace.',
    fix: 'Set logs { audit = true }; the broker then publishes the audit log to CloudWatch Logs (billed), which needs a resource policy letting Amazon MQ write to the log group.',
    links: ['https://docs.aws.amazon.com/amazon-mq/latest/developer-guide/security-logging-monitoring-activemq.html'],
  },
  equivalents: { checkov: ['CKV_AWS_197'], trivy: ['AVD-AWS-0070'], tfsec: ['aws-mq-enable-audit-logging'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const engine = resource.get('engine_type');
    if (!engine || engine.kind !== 'string' || engine.value.toLowerCase() === 'rabbitmq') return;
    if (resource.hasUnknownBlocks('logs')) return;
    const audit = resource.attrAt('logs.audit');
    if (audit && (!audit.known || (audit.value.kind === 'bool' && audit.value.value))) return;
    report({
      at: audit ?? resource.blocks('logs')[0] ?? resource,
      message: `${audit ? 'logs.audit is false' : 'Audit logging is not enabled (logs.audit defaults to false)'}: management actions on queues, topics and users are not recorded.`,
      fixes: [{ title: 'Publish the audit log to CloudWatch Logs (billed)', edits: fix.ensure(resource, ['logs', 'audit'], 'true') }],
    });
  },
});
