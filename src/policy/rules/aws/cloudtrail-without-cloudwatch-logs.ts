import { defineRule } from '../../rule';

/** Trails that do not send events to CloudWatch Logs (`cloud_watch_logs_group_arn`). */
export default defineRule({
  id: 'aws-cloudtrail-without-cloudwatch-logs',
  title: 'CloudTrail trail not sent to CloudWatch Logs',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudtrail'],
  docs: {
    why: 'Logs in S3 are for investigations after the fact. Sending the trail to CloudWatch Logs lets metric filters and alarms react within minutes to root logins, IAM policy changes or disabled trails, as the CIS AWS benchmark asks. EventBridge rules or a SIEM reading the bucket are alternatives.',
    fix: 'Set cloud_watch_logs_group_arn ("${aws_cloudwatch_log_group.trail.arn}:*") and cloud_watch_logs_role_arn to a role CloudTrail can assume to write to the group, then add metric filters and alarms.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_10'], trivy: ['AVD-AWS-0162'], tfsec: ['aws-cloudtrail-ensure-cloudwatch-integration'] },
  check({ resource, report }) {
    const group = resource.attr('cloud_watch_logs_group_arn');
    if (group && !(group.value.kind === 'string' && group.value.value === '')) return;
    report({ at: group ?? resource, message: 'cloud_watch_logs_group_arn is not set: no CloudWatch alarm can react to the events this trail records.' });
  },
});
