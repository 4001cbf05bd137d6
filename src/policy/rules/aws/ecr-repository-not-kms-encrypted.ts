import { defineRule } from '../../rule';

/** A repository encrypted with the default AES256 (S3-managed) keys instead of a KMS key. */
export default defineRule({
  id: 'aws-ecr-repository-not-kms-encrypted',
  title: 'ECR repository not encrypted with a KMS key',
  severity: 'info',
  category: 'security',
  targets: ['aws_ecr_repository'],
  docs: {
    why: 'ECR always encrypts images at rest, by default with AES-256 keys that AWS manages and you cannot audit or restrict. A KMS key adds CloudTrail records of every use and a key policy that can limit who decrypts, which some compliance regimes require.',
    fix: 'Set encryption_configuration { encryption_type = "KMS", kms_key = aws_kms_key.ecr.arn }. The encryption settings cannot change on an existing repository: Terraform replaces it, deleting its images, so migrate images first.',
    links: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html'],
  },
  // not Trivy's AVD-AWS-0033, which also wants a customer managed key (kms_key) with KMS
  equivalents: { checkov: ['CKV_AWS_136'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('encryption_configuration')) return;
    const type = resource.attrAt('encryption_configuration.encryption_type');
    if (type && (type.value.kind !== 'string' || type.value.value !== 'AES256')) return;
    report({
      at: type ?? resource,
      message: 'Images are encrypted with AES256 keys managed by AWS, not a KMS key: key use is not audited and cannot be restricted by a key policy.',
    });
  },
});
