import { defineRule } from '../../rule';

/** EBS volumes without `kms_key_id`: encrypted, if at all, with the AWS managed key aws/ebs (or the account's default key). */
export default defineRule({
  id: 'aws-ebs-volume-without-cmk',
  title: 'EBS volume is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_ebs_volume'],
  docs: {
    why: 'Without kms_key_id, an encrypted volume uses the account\'s default EBS key, normally the AWS managed key aws/ebs, whose key policy you cannot change: snapshots of the volume cannot be shared with another account, and access cannot be limited or revoked through the key.',
    fix: 'Set encrypted = true and kms_key_id to a customer managed KMS key (or make a customer managed key the account default with aws_ebs_default_kms_key and say so here). The key of an existing volume cannot change: copy a snapshot with the new key and create a volume from it.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_189'], trivy: ['AVD-AWS-0027'], tfsec: ['aws-ec2-volume-encryption-customer-key'] },
  check({ resource, report }) {
    const key = resource.attr('kms_key_id');
    if (key && (key.value.kind !== 'string' || key.value.value !== '')) return;
    report({ at: key ?? resource, message: 'kms_key_id is not set: the volume is not encrypted with a customer managed key, so its snapshots cannot be shared across accounts and access cannot be revoked through the key.' });
  },
});
