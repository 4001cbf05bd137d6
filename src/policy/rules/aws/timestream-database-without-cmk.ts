import { defineRule } from '../../rule';

/** A Timestream database without `kms_key_id`: encrypted with the AWS managed key aws/timestream. */
export default defineRule({
  id: 'aws-timestream-database-without-cmk',
  title: 'Timestream database not encrypted with a customer managed key',
  severity: 'info',
  category: 'governance',
  targets: ['aws_timestreamwrite_database'],
  docs: {
    why: 'Timestream encrypts every table of a database with the AWS managed key aws/timestream unless told otherwise: access cannot be narrowed or audited at the key, and the data cannot be made unreadable by disabling it.',
    fix: 'Set kms_key_id to a customer managed aws_kms_key. The key is chosen when the database is created.',
    links: ['https://docs.aws.amazon.com/timestream/latest/developerguide/EncryptionAtRest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_160'] },
  check({ resource, report }) {
    if (resource.attr('kms_key_id')) return;
    report({ at: resource, message: 'No kms_key_id: the database is encrypted with the AWS managed key aws/timestream.' });
  },
});
