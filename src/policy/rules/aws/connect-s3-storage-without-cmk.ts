import { defineRule } from '../../rule';

/**
 * An Amazon Connect storage config with an `s3_config` that has no customer managed `encryption_config` `key_id` (none, empty, or an AWS managed `alias/aws/...`).
 * Storage configs of other kinds are left alone.
 */
export default defineRule({
  id: 'aws-connect-s3-storage-without-cmk',
  title: 'Amazon Connect S3 storage not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_connect_instance_storage_config'],
  docs: {
    why: 'Amazon Connect writes call recordings, chat transcripts and scheduled reports to S3 through this storage config. Without a customer managed key, who may decrypt those records of customer conversations is not under a key policy you control, and their use is not audited at the key.',
    fix: 'Add encryption_config { encryption_type = "KMS" key_id = aws_kms_key.<name>.arn } to the s3_config.',
    links: ['https://docs.aws.amazon.com/connect/latest/adminguide/encryption-at-rest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_270'] },
  check({ resource, report }) {
    const storage = resource.blocks('storage_config')[0];
    if (!storage || storage.hasUnknownBlocks('s3_config')) return;
    const s3 = storage.blocks('s3_config')[0];
    if (!s3 || s3.hasUnknownBlocks('encryption_config')) return;
    const key = s3.blocks('encryption_config')[0]?.attr('key_id');
    if (key && !(key.value.kind === 'string' && (key.value.value === '' || key.value.value.startsWith('alias/aws/')))) return;
    report({ at: s3, message: 'The S3 storage names no customer managed key_id: recordings and transcripts are not encrypted under a key you control.' });
  },
});
