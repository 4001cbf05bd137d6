import { defineRule } from '../../rule';

/**
 * RDS and Aurora clusters whose storage is not encrypted with a customer managed key: no
 * `kms_key_id` (or an empty one), or storage encryption not turned on at all.
 */
export default defineRule({
  id: 'aws-rds-cluster-without-cmk',
  title: 'RDS cluster storage is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_rds_cluster'],
  docs: {
    why: 'Without kms_key_id, an encrypted cluster uses the AWS managed key aws/rds, whose key policy you cannot change: anyone allowed to use RDS in the account can use it, snapshots cannot be shared with another account, and access cannot be revoked by disabling the key. Without storage_encrypted the data is not encrypted at all.',
    fix: 'Set storage_encrypted = true and kms_key_id to a customer managed KMS key. Neither can change on an existing cluster: restore a snapshot copied with the new key into a new cluster.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/Overview.Encryption.html', 'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt'],
  },
  equivalents: { trivy: ['AVD-AWS-0079'], tfsec: ['aws-rds-encrypt-cluster-storage-data'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_id');
    const encrypted = resource.attr('storage_encrypted');
    const serverless = resource.get('engine_mode');
    // Aurora Serverless v1 is always encrypted
    const storageOn = (serverless?.kind === 'string' && serverless.value === 'serverless') || (encrypted?.value.kind === 'bool' && encrypted.value.value);
    if ((key && !key.known) || (encrypted && !encrypted.known)) return;
    const hasKey = key?.value.kind === 'string' && key.value.value !== '';
    if (hasKey && storageOn) return;
    report({
      at: hasKey ? (encrypted ?? resource) : (key ?? resource),
      message: hasKey
        ? 'kms_key_id is set but storage_encrypted is not true: the cluster storage is not encrypted with the key.'
        : `${key ? 'kms_key_id is empty' : 'kms_key_id is not set'}: the cluster storage is ${storageOn ? 'encrypted with the AWS managed key aws/rds, whose policy cannot restrict or revoke access' : 'not encrypted with a customer managed key (nor, without storage_encrypted, at all)'}.`,
    });
  },
});
