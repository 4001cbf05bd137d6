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
    fix: 'Set kms_master_key_id to a customer managed KMS key whose key policy lets the publishing services (CloudWatch, EventBridge, S3) use it. The AWS managed key alias/aws/sns works only for publishers in your account that call SNS directly. The quick fix adds a customer managed key with the default key policy: add a statement for any AWS service that publishes to the topic.',
    links: ['https://docs.aws.amazon.com/sns/latest/dg/sns-server-side-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_26'], trivy: ['AVD-AWS-0095'], tfsec: ['aws-sns-enable-topic-encryption'] },
  // unsafe: a new KMS key is billed, and AWS services publishing to the topic need a key policy statement granting them the key
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const kms = resource.attr('kms_master_key_id');
    if (kms && (kms.value.kind !== 'string' || kms.value.value !== '')) return;
    const name = resource.attr('name')?.value;
    // a companion key only for a single instance: count or for_each would need one key per instance
    const single = resource.instance.key === undefined && !resource.instance.expansionUnknown;
    const key = `${resource.name}_sns`;
    const set = fix.set(resource, 'kms_master_key_id', `aws_kms_key.${key}.arn`);
    const companion = `resource "aws_kms_key" "${key}" {
  description         = "SNS topic ${resource.name}"
  enable_key_rotation = true
}`;
    report({
      at: kms ?? resource,
      message: `The topic${name?.kind === 'string' ? ` "${name.value}"` : ''} has no kms_master_key_id: its messages are not encrypted at rest.`,
      fixes: single && set.length > 0 ? [{ title: 'Encrypt with a new customer managed KMS key (billed; grant publishing AWS services in its key policy)', edits: [...set, ...fix.addAfter(resource, companion)] }] : [],
    });
  },
});
