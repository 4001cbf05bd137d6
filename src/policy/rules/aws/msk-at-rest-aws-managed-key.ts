import { defineRule } from '../../rule';

/** MSK clusters without `encryption_info.encryption_at_rest_kms_key_arn`: data at rest under the AWS managed key aws/kafka. */
export default defineRule({
  id: 'aws-msk-at-rest-aws-managed-key',
  title: 'MSK cluster data at rest is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_msk_cluster'],
  docs: {
    why: 'MSK always encrypts broker storage, but without encryption_at_rest_kms_key_arn it uses the AWS managed key aws/kafka, whose key policy you cannot change: you cannot restrict who can decrypt the topics\' data on disk, audit it separately, or revoke access by disabling the key.',
    fix: 'Set encryption_info { encryption_at_rest_kms_key_arn = aws_kms_key.<name>.arn }. The key cannot change on an existing cluster: Terraform replaces it, so plan a migration (MirrorMaker or a new cluster).',
    links: ['https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0179'], tfsec: ['aws-msk-enable-at-rest-encryption'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('encryption_info')) return;
    const info = resource.blocks('encryption_info')[0];
    const key = info?.attr('encryption_at_rest_kms_key_arn');
    if (key && (key.value.kind !== 'string' || key.value.value !== '')) return;
    report({ at: key ?? info ?? resource, message: 'encryption_at_rest_kms_key_arn is not set: broker storage is encrypted with the AWS managed key aws/kafka, whose policy cannot restrict or revoke access.' });
  },
});
