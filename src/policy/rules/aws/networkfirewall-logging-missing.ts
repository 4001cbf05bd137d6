import { defineRule } from '../../rule';

/**
 * A Network Firewall that no `aws_networkfirewall_logging_configuration` refers to (through
 * `firewall_arn`). Silent when a logging configuration's `firewall_arn` is unknown and does not
 * visibly point at a firewall resource.
 */
export default defineRule({
  id: 'aws-networkfirewall-logging-missing',
  title: 'Network Firewall without logging',
  severity: 'warning',
  category: 'security',
  targets: ['aws_networkfirewall_firewall'],
  docs: {
    why: 'Without a logging configuration, Network Firewall keeps no record of the flows it saw or the alerts its stateful rules raised: a blocked exfiltration attempt, or traffic that should have been blocked and was not, leaves no trace to investigate.',
    fix: 'Add an aws_networkfirewall_logging_configuration with firewall_arn = aws_networkfirewall_firewall.<name>.arn and log_destination_config blocks for ALERT (and FLOW) logs to S3, CloudWatch Logs or Firehose. Log delivery and storage are billed.',
    links: ['https://docs.aws.amazon.com/network-firewall/latest/developerguide/firewall-logging.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_63'] },
  check({ resource, graph, report }) {
    if (graph.referencing(resource, 'aws_networkfirewall_logging_configuration', 'firewall_arn', 'arn').length > 0) return;
    const unsure = graph.ofType('aws_networkfirewall_logging_configuration').some((r) => {
      const v = r.attr('firewall_arn')?.value;
      return v?.kind === 'unknown' && !(v.source && /(^|\.)aws_networkfirewall_firewall\.[^.]+/.test(v.source));
    });
    if (unsure) return;
    report({ at: resource, message: 'No aws_networkfirewall_logging_configuration for this firewall: its flows and alerts are not logged anywhere.' });
  },
});
