import { defineRule } from '../../rule';

/**
 * Repositories not encrypted with a customer managed KMS key: the default AES256, or KMS without
 * `kms_key` (the AWS managed key aws/ecr). aws-ecr-repository-not-kms-encrypted reports only the
 * first.
 */
export default defineRule({
  id: 'aws-ecr-repository-without-cmk',
  title: 'ECR repository is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_ecr_repository'],
  docs: {
    why: 'ECR encrypts images either with keys AWS manages for S3 (AES256, the default) or with KMS, where leaving out kms_key means the AWS managed key aws/ecr. With neither can you write the key policy: you cannot limit who decrypts image layers, audit key use per principal, or revoke access by disabling the key.',
    fix: 'Set encryption_configuration { encryption_type = "KMS", kms_key = aws_kms_key.<name>.arn }. Encryption settings cannot change on an existing repository: Terraform replaces it, deleting its images, so push them to the new repository first.',
    links: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0033'], tfsec: ['aws-ecr-repository-customer-key'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('encryption_configuration')) return;
    const type = resource.attrAt('encryption_configuration.encryption_type');
    const key = resource.attrAt('encryption_configuration.kms_key');
    if ((type && !type.known) || (key && !key.known)) return;
    const kms = type?.value.kind === 'string' && type.value.value === 'KMS';
    if (kms && key?.value.kind === 'string' && key.value.value !== '') return;
    report({
      at: type ?? resource,
      message: kms
        ? 'encryption_type is "KMS" without kms_key: images are encrypted with the AWS managed key aws/ecr, whose policy you cannot change.'
        : 'Images are encrypted with AES256 keys AWS manages (the default), not a customer managed KMS key: key use cannot be restricted or revoked.',
    });
  },
});
