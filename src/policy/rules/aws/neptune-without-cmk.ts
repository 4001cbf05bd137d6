import { defineRule } from '../../rule';

/** Neptune clusters without `kms_key_arn`: encrypted, if at all, with the AWS managed key aws/rds. */
export default defineRule({
  id: 'aws-neptune-without-cmk',
  title: 'Neptune cluster is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_neptune_cluster'],
  docs: {
    why: 'Without kms_key_arn, an encrypted Neptune cluster uses the AWS managed key aws/rds, whose key policy you cannot change: you cannot limit who decrypts, share snapshots with another account, or revoke access by disabling the key.',
    fix: 'Set kms_key_arn to a customer managed KMS key (with storage_encrypted = true). The key cannot change on an existing cluster: it is replaced, so restore a snapshot copied with the new key.',
    links: ['https://docs.aws.amazon.com/neptune/latest/userguide/encrypt.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0128'], tfsec: ['aws-neptune-encryption-customer-key'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_arn');
    if (key && (key.value.kind !== 'string' || key.value.value !== '')) return;
    report({ at: key ?? resource, message: 'kms_key_arn is not set: the cluster is not encrypted with a customer managed key, so its key policy cannot restrict or revoke access.' });
  },
});
