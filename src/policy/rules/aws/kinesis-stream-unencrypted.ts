import { defineRule } from '../../rule';

/** Kinesis data streams without server-side encryption (`encryption_type` defaults to "NONE"), or KMS without a key. */
export default defineRule({
  id: 'aws-kinesis-stream-unencrypted',
  title: 'Kinesis data stream is not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_kinesis_stream'],
  docs: {
    why: 'Kinesis keeps every record for the retention period (24 hours to a year). Without server-side encryption those records (clickstreams, events with personal data, logs) are stored unencrypted, which most compliance frameworks do not allow.',
    fix: 'Set encryption_type = "KMS" and kms_key_id to a customer managed key, or to "alias/aws/kinesis" for the AWS managed key. Producers and consumers need kms:GenerateDataKey and kms:Decrypt on a customer managed key; existing records stay unencrypted until they expire.',
    links: ['https://docs.aws.amazon.com/streams/latest/dev/server-side-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_43'], trivy: ['AVD-AWS-0064'], tfsec: ['aws-kinesis-enable-in-transit-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const type = resource.attr('encryption_type');
    const key = resource.attr('kms_key_id');
    if ((type && !type.known) || (key && !key.known)) return;
    const kms = type?.value.kind === 'string' && type.value.value === 'KMS';
    if (kms && key?.value.kind === 'string' && key.value.value !== '') return;
    report({
      at: kms ? (key ?? type!) : (type ?? resource),
      message: kms
        ? 'encryption_type is "KMS" but no kms_key_id is set: the stream has no key to encrypt with.'
        : `${type ? `encryption_type is "${type.value.kind === 'string' ? type.value.value : ''}"` : 'encryption_type is not set (default "NONE")'}: records are stored unencrypted for the whole retention period.`,
      fixes: kms ? [] : [{ title: 'Encrypt with the AWS managed key alias/aws/kinesis', edits: fix.setAll(resource, { encryption_type: '"KMS"', kms_key_id: '"alias/aws/kinesis"' }) }],
    });
  },
});
