import { defineRule } from '../../rule';

/** A Kinesis video stream without `kms_key_id`, or with the AWS managed `alias/aws/kinesisvideo`. */
export default defineRule({
  id: 'aws-kinesis-video-stream-without-cmk',
  title: 'Kinesis video stream not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_kinesis_video_stream'],
  docs: {
    why: 'Video streams (cameras, call recordings) are encrypted at rest with the AWS managed key aws/kinesisvideo unless told otherwise: every principal allowed kinesisvideo:GetMedia can read them, and access cannot be audited or revoked at the key. A customer managed key adds its own key policy and a CloudTrail record of every use.',
    fix: 'Set kms_key_id to the ARN of a customer managed aws_kms_key whose key policy lets only the producers and consumers of the stream use it.',
    links: ['https://docs.aws.amazon.com/kinesisvideostreams/latest/dg/how-kms.html'],
  },
  equivalents: { checkov: ['CKV_AWS_177'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_id');
    if (key && !(key.value.kind === 'string' && (key.value.value === '' || key.value.value === 'alias/aws/kinesisvideo'))) return;
    report({ at: key ?? resource, message: 'The stream is encrypted with the AWS managed key aws/kinesisvideo: set kms_key_id to a customer managed key to control who can decrypt the video.' });
  },
});
