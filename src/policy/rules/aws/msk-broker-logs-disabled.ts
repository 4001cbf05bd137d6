import { defineRule } from '../../rule';

/** MSK clusters that deliver broker logs nowhere (CloudWatch Logs, Firehose or S3). */
export default defineRule({
  id: 'aws-msk-broker-logs-disabled',
  title: 'MSK broker logs are not delivered',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_msk_cluster'],
  docs: {
    why: 'Broker logs record authentication failures, client errors and broker problems; without them, failed connections and broker incidents cannot be diagnosed or alarmed on.',
    fix: 'Add logging_info { broker_logs { cloudwatch_logs { enabled = true, log_group = ... } } } (or firehose or s3). Log delivery is billed by the destination.',
    links: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-logging.html'],
  },
  equivalents: { checkov: ['CKV_AWS_80'], trivy: ['AVD-AWS-0074'], tfsec: ['aws-msk-enable-logging'] },
  check({ resource, report }) {
    const logs = resource.blocks('logging_info')[0]?.blocks('broker_logs')[0];
    if (resource.hasUnknownBlocks('logging_info')) return;
    const on = ['cloudwatch_logs', 'firehose', 's3'].some((d) => {
      const enabled = logs?.blocks(d)[0]?.attr('enabled');
      return enabled !== undefined && (!enabled.known || (enabled.value.kind === 'bool' && enabled.value.value));
    });
    if (on) return;
    report({ at: logs ?? resource, message: 'No broker log destination is enabled: broker errors and authentication failures are not kept.' });
  },
});
