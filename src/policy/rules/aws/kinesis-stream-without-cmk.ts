import { defineRule } from '../../rule';

/** A Kinesis data stream without `kms_key_id`, or with the AWS managed `alias/aws/kinesis`. */
export default defineRule({
  id: 'aws-kinesis-stream-without-cmk',
  title: 'Kinesis data stream not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_kinesis_stream'],
  docs: {
    why: 'With no key, or the AWS managed key aws/kinesis, every principal allowed kinesis:GetRecords can read the stream: its key policy cannot be narrowed, decryption is not audited apart, and the data cannot be cut off by disabling the key. A customer managed key adds all three.',
    fix: 'Set encryption_type = "KMS" and kms_key_id to a customer managed aws_kms_key whose policy lets only the stream\'s producers and consumers use it (they need kms:GenerateDataKey and kms:Decrypt).',
    links: ['https://docs.aws.amazon.com/streams/latest/dev/what-is-sse.html'],
  },
  equivalents: { checkov: ['CKV_AWS_185'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_id');
    if (key && !(key.value.kind === 'string' && (key.value.value === '' || key.value.value === 'alias/aws/kinesis'))) return;
    report({ at: key ?? resource, message: `${key ? 'kms_key_id is the AWS managed key alias/aws/kinesis' : 'No kms_key_id'}: the stream is not encrypted with a key you control.` });
  },
});
