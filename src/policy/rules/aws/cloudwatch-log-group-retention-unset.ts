import { defineRule } from '../../rule';

/** Log groups that keep events forever (retention_in_days missing or 0). */
export default defineRule({
  id: 'aws-cloudwatch-log-group-retention-unset',
  title: 'CloudWatch log group keeps logs forever',
  severity: 'warning',
  category: 'cost',
  targets: ['aws_cloudwatch_log_group'],
  docs: {
    why: 'Without retention_in_days (or with 0), CloudWatch Logs never expires events: storage is billed every month for every byte ever ingested, so the bill grows without bound, and logs that may hold personal data outlive any retention policy you promised.',
    fix: 'Set retention_in_days to what your operations and compliance need (for example 30 for debug logs, 365 for audit trails); archive to S3 with a lifecycle rule if you must keep logs longer at lower cost. Shortening retention deletes older events at once.',
    links: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention', 'https://aws.amazon.com/cloudwatch/pricing/'],
  },
  equivalents: { checkov: ['CKV_AWS_66'] },
  // setting a retention deletes events older than it: the user chooses the period
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const retention = resource.attr('retention_in_days');
    if (retention && (retention.value.kind !== 'number' || retention.value.value !== 0)) return;
    report({
      at: retention ?? resource,
      message: `${retention ? 'retention_in_days is 0' : 'retention_in_days is not set'}: the log group never expires events, so its storage cost grows every month.`,
      fixes: [{ title: 'Keep logs for 365 days', edits: fix.set(resource, 'retention_in_days', '365') }],
    });
  },
});
