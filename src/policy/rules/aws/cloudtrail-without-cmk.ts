import { defineRule } from '../../rule';

/** Trails without `kms_key_id`: log files are encrypted with S3-managed keys only. */
export default defineRule({
  id: 'aws-cloudtrail-without-cmk',
  title: 'CloudTrail logs not encrypted with a KMS key',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudtrail'],
  docs: {
    why: 'CloudTrail logs reveal your whole account: resource names, IP addresses, who did what. Without SSE-KMS, anyone who can read the log bucket can read them; with a customer managed key, reading also needs kms:Decrypt, granted separately to the security team.',
    fix: 'Set kms_key_id to the ARN of a customer managed aws_kms_key whose key policy lets cloudtrail.amazonaws.com encrypt (kms:GenerateDataKey*) and your auditors decrypt.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html'],
  },
  equivalents: { checkov: ['CKV_AWS_35'], trivy: ['AVD-AWS-0015'], tfsec: ['aws-cloudtrail-encryption-customer-key'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_id');
    if (key && !(key.value.kind === 'string' && key.value.value === '')) return;
    report({ at: key ?? resource, message: 'kms_key_id is not set: log files are encrypted with S3-managed keys, so read access to the bucket is enough to read them.' });
  },
});
