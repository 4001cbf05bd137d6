import { defineRule } from '../../rule';

/**
 * An Amazon Connect storage config with a `kinesis_video_stream_config` whose `encryption_config`
 * names no customer managed `key_id` (empty, or an AWS managed `alias/aws/...`). Storage configs of other kinds (S3, Kinesis streams, Firehose) are left alone.
 */
export default defineRule({
  id: 'aws-connect-kinesis-video-storage-without-cmk',
  title: 'Amazon Connect media streams not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_connect_instance_storage_config'],
  docs: {
    why: 'Live media streaming sends the audio of customer calls to Kinesis Video Streams. Without a customer managed key you cannot restrict or audit who decrypts those recordings of customers\' voices, card numbers read aloud included, or make them unreadable by disabling the key.',
    fix: 'Set storage_config { kinesis_video_stream_config { encryption_config { encryption_type = "KMS" key_id = aws_kms_key.<name>.arn } } } with a customer managed key.',
    links: ['https://docs.aws.amazon.com/connect/latest/adminguide/enable-live-media-streams.html'],
  },
  equivalents: { checkov: ['CKV_AWS_269'] },
  check({ resource, report }) {
    const storage = resource.blocks('storage_config')[0];
    if (!storage || storage.hasUnknownBlocks('kinesis_video_stream_config')) return;
    const kvs = storage.blocks('kinesis_video_stream_config')[0];
    if (!kvs || kvs.hasUnknownBlocks('encryption_config')) return;
    const key = kvs.blocks('encryption_config')[0]?.attr('key_id');
    if (key && !(key.value.kind === 'string' && (key.value.value === '' || key.value.value.startsWith('alias/aws/')))) return;
    report({ at: kvs, message: 'The media stream storage names no customer managed key_id: call audio is encrypted with a key you cannot control or audit.' });
  },
});
