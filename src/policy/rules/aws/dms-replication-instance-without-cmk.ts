import { defineRule } from '../../rule';
import { isMissing } from '../support/settings';

/** DMS replication instances without `kms_key_arn`: their storage uses the AWS managed aws/dms key. */
export default defineRule({
  id: 'aws-dms-replication-instance-without-cmk',
  title: 'DMS replication instance storage is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_dms_replication_instance'],
  docs: {
    why: 'A replication instance keeps cached changes, logs and task data from the databases it migrates on its storage. With the AWS managed aws/dms key, any principal allowed to use DMS in the account can use the key; a key of your own limits who can, audits every use and can be revoked.',
    fix: 'Set kms_key_arn = aws_kms_key.dms.arn. The key is chosen when the instance is created: Terraform replaces the instance.',
    links: ['https://docs.aws.amazon.com/dms/latest/userguide/CHAP_Security.html#CHAP_Security.EncryptionKey'],
  },
  equivalents: { checkov: ['CKV_AWS_212'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_arn');
    if (!isMissing(key)) return;
    report({ at: key ?? resource, message: 'No kms_key_arn: the instance storage is encrypted only with the AWS managed aws/dms key.' });
  },
});
