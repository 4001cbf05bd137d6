import { defineRule } from '../../rule';

/** Trails without `enable_log_file_validation` (default false). */
export default defineRule({
  id: 'aws-cloudtrail-log-validation-disabled',
  title: 'CloudTrail log file validation not enabled',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudtrail'],
  docs: {
    why: 'Log file validation writes signed digest files that prove whether a log file was changed or deleted after delivery. Without it, someone with access to the log bucket can remove the traces of their actions and nobody can tell.',
    fix: 'Set enable_log_file_validation = true and check the digests with aws cloudtrail validate-logs during investigations.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html'],
  },
  equivalents: { checkov: ['CKV_AWS_36'], trivy: ['AVD-AWS-0016'], tfsec: ['aws-cloudtrail-enable-log-validation'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const attr = resource.attr('enable_log_file_validation');
    if (attr && (attr.value.kind !== 'bool' || attr.value.value)) return;
    report({
      at: attr ?? resource,
      message: `${attr ? 'enable_log_file_validation is false' : 'enable_log_file_validation is not set (default false)'}: changes to or deletions of delivered log files cannot be detected.`,
      fixes: [{ title: 'Set enable_log_file_validation = true', edits: fix.set(resource, 'enable_log_file_validation', 'true') }],
    });
  },
});
