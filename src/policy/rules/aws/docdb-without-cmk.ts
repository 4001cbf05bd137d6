import { defineRule } from '../../rule';

/** DocumentDB clusters without `kms_key_id`: encrypted, if at all, with the AWS managed key aws/rds. */
export default defineRule({
  id: 'aws-docdb-without-cmk',
  title: 'DocumentDB cluster is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_docdb_cluster'],
  docs: {
    why: 'Without kms_key_id, an encrypted DocumentDB cluster uses the AWS managed key aws/rds, whose key policy you cannot change: anyone in the account allowed to use RDS can use it, snapshots cannot be shared with another account, and access cannot be revoked by disabling the key.',
    fix: 'Set kms_key_id to the ARN of a customer managed KMS key (with storage_encrypted = true). The key cannot change on an existing cluster: it is replaced, so restore a snapshot copied with the new key.',
    links: ['https://docs.aws.amazon.com/documentdb/latest/developerguide/encryption-at-rest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_182'], trivy: ['AVD-AWS-0022'], tfsec: ['aws-documentdb-encryption-customer-key'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_id');
    if (key && (key.value.kind !== 'string' || key.value.value !== '')) return;
    report({ at: key ?? resource, message: 'kms_key_id is not set: the cluster is not encrypted with a customer managed key, so its key policy cannot restrict or revoke access.' });
  },
});
