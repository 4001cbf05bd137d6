import { defineRule } from '../../rule';

/** Log groups that expire events in less than a year (`retention_in_days` from 1 to 364). */
export default defineRule({
  id: 'aws-cloudwatch-log-group-retention-short',
  title: 'CloudWatch log group keeps logs for less than a year',
  severity: 'info',
  category: 'governance',
  targets: ['aws_cloudwatch_log_group'],
  docs: {
    why: 'Intrusions are often found months after they started; logs that expire sooner leave the investigation blind, and NIST 800-53, PCI DSS and the AWS Foundational Security Best Practices ask for a year. A log group without retention keeps events forever and is reported by aws-cloudwatch-log-group-retention-unset instead.',
    fix: 'Set retention_in_days = 365 or more for audit, security and application logs, or export older events to S3 with a lifecycle rule where keeping them in CloudWatch costs too much. Short retention is fine for debug logs: suppress the finding there.',
    links: ['https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-16', 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention'],
  },
  equivalents: { checkov: ['CKV_AWS_338'] },
  // longer retention stores (and bills) more: the user decides
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const retention = resource.attr('retention_in_days');
    if (retention?.value.kind !== 'number') return;
    const days = retention.value.value;
    if (days <= 0 || days >= 365) return;
    report({
      at: retention,
      message: `retention_in_days is ${days}: events are deleted before a year has passed.`,
      fixes: [{ title: 'Keep logs for 365 days', edits: fix.set(resource, 'retention_in_days', '365') }],
    });
  },
});
