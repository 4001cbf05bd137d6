import { defineRule } from '../../rule';

/** Redshift clusters without `kms_key_id`: unencrypted, or encrypted with the AWS managed key aws/redshift. */
export default defineRule({
  id: 'aws-redshift-without-cmk',
  title: 'Redshift cluster is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_redshift_cluster'],
  docs: {
    why: 'Without kms_key_id, Redshift encrypts the cluster (when it does) with the AWS managed key aws/redshift, whose key policy you cannot change: you cannot limit who can decrypt snapshots, share them with another account, or revoke access by disabling the key.',
    fix: 'Set encrypted = true and kms_key_id to a customer managed KMS key. Changing the key of a running cluster migrates its data, and the cluster is read-only meanwhile.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/working-with-db-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_142'], trivy: ['AVD-AWS-0084'], tfsec: ['aws-redshift-encryption-customer-key'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_id');
    if (key && (key.value.kind !== 'string' || key.value.value !== '')) return;
    report({ at: key ?? resource, message: 'kms_key_id is not set: the cluster is not encrypted with a customer managed key, so its key policy cannot restrict or revoke access.' });
  },
});
