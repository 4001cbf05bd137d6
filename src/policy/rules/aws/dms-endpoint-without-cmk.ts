import { defineRule } from '../../rule';
import { isMissing, stringOf } from '../support/settings';

/**
 * DMS endpoints that name no customer managed key: `kms_key_arn` for database endpoints, and for
 * an S3 endpoint (`engine_name = "s3"`) `s3_settings.server_side_encryption_kms_key_id`.
 */
export default defineRule({
  id: 'aws-dms-endpoint-without-cmk',
  title: 'DMS endpoint is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_dms_endpoint'],
  docs: {
    why: 'An endpoint stores the connection settings of a database, its password among them, encrypted with a KMS key; an S3 endpoint also encrypts the files DMS writes. With the AWS managed key, any principal allowed to use DMS can use the key; a key of your own limits and audits its use.',
    fix: 'Set kms_key_arn = aws_kms_key.dms.arn; for an S3 target, set s3_settings { encryption_mode = "SSE_KMS", server_side_encryption_kms_key_id = aws_kms_key.dms.arn }.',
    links: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#CHAP_Security.EncryptionKey'],
  },
  equivalents: { checkov: ['CKV_AWS_296'] },
  check({ resource, report }) {
    const engine = resource.attr('engine_name');
    if (!engine?.known) return;
    if (stringOf(engine) === 's3') {
      if (resource.hasUnknownBlocks('s3_settings')) return;
      const settings = resource.blocks('s3_settings')[0];
      const key = settings?.attr('server_side_encryption_kms_key_id');
      if (!isMissing(key)) return;
      report({ at: key ?? settings ?? resource, message: 'The S3 endpoint sets no s3_settings.server_side_encryption_kms_key_id: the files DMS writes are not encrypted with a key of yours.' });
      return;
    }
    const key = resource.attr('kms_key_arn');
    if (!isMissing(key)) return;
    report({ at: key ?? resource, message: 'No kms_key_arn: the endpoint\'s connection settings are encrypted only with the AWS managed aws/dms key.' });
  },
});
