import { defineRule } from '../../rule';

/** An SNS topic without `kms_master_key_id`: SNS does not encrypt topics at rest by default. */
export default defineRule({
  id: 'aws-sns-topic-unencrypted',
  title: 'SNS topic not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_sns_topic'],
  docs: {
    why: 'Unlike SQS, SNS does not encrypt messages at rest unless the topic has a KMS key. Messages with personal data, alerts with hostnames or tokens are then stored unencrypted while SNS delivers them, which most compliance frameworks do not allow.',
    fix: 'Set kms_master_key_id to a customer managed KMS key whose key policy lets the publishing services (CloudWatch, EventBridge, S3) use it. The AWS managed key alias/aws/sns works only for publishers in your account that call SNS directly.',
    links: ['https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_26'], trivy: ['AVD-AWS-0095'], tfsec: ['aws-sns-enable-topic-encryption'] },
  // unsafe: AWS services publishing to the topic cannot use the AWS managed key, so their messages would be dropped
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const kms = resource.attr('kms_master_key_id');
    if (kms && (kms.value.kind !== 'string' || kms.value.value !== '')) return;
    const name = resource.attr('name')?.value;
    report({
      at: kms ?? resource,
      message: `The topic${name?.kind === 'string' ? ` "${name.value}"` : ''} has no kms_master_key_id: its messages are not encrypted at rest.`,
      fixes: [{ title: 'Encrypt with the AWS managed key alias/aws/sns (not usable by AWS service publishers)', edits: fix.set(resource, 'kms_master_key_id', '"alias/aws/sns"') }],
    });
  },
});
