import { defineRule } from '../../rule';

/** Log groups without a customer managed KMS key (kms_key_id). */
export default defineRule({
  id: 'aws-cloudwatch-log-group-unencrypted',
  title: 'CloudWatch log group is not encrypted with a customer KMS key',
  severity: 'info',
  category: 'security',
  targets: ['aws_cloudwatch_log_group'],
  docs: {
    why: 'CloudWatch Logs always encrypts at rest, but with a key you cannot control: anyone with logs:GetLogEvents can read the events. Logs often carry tokens, personal data and request bodies; a KMS key of yours adds a second permission check, an audit trail in CloudTrail and a way to revoke access.',
    fix: 'Set kms_key_id = aws_kms_key.logs.arn, with a key policy that allows the logs.<region>.amazonaws.com service principal to use the key for this log group\'s ARN.',
    links: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html'],
  },
  equivalents: { checkov: ['CKV_AWS_158'], trivy: ['AVD-AWS-0017'], tfsec: ['aws-cloudwatch-log-group-customer-key'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_id');
    if (key && (key.value.kind !== 'string' || key.value.value !== '')) return;
    report({ at: key ?? resource, message: 'No kms_key_id: the log events are encrypted only with a key AWS controls.' });
  },
});
