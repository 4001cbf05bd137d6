import { defineRule } from '../../rule';

/**
 * Versioning configurations that turn MFA delete off explicitly: `mfa_delete = "Disabled"` in an
 * `aws_s3_bucket_versioning`, or `mfa_delete = false` in the legacy `versioning` block. A bucket
 * that does not mention MFA delete is not reported, as in Trivy.
 */
export default defineRule({
  id: 'aws-s3-mfa-delete-disabled',
  title: 'S3 bucket versioning has MFA delete turned off',
  severity: 'info',
  category: 'security',
  targets: ['aws_s3_bucket_versioning', 'aws_s3_bucket'],
  docs: {
    why: 'With MFA delete, deleting an object version or suspending versioning needs the root user\'s MFA code as well as permissions. Without it, stolen credentials with s3:DeleteObjectVersion are enough to destroy every earlier version, which is what versioning was there to keep (CIS AWS Foundations 2.1.3).',
    fix: 'Set mfa_delete = "Enabled" in versioning_configuration and pass the root user\'s MFA device serial and a current code in the mfa argument; only the root user can change it. Object Lock is an alternative that needs no root MFA.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0170'], tfsec: ['aws-s3-require-mfa-delete'] },
  check({ resource, report }) {
    if (resource.resourceType === 'aws_s3_bucket_versioning') {
      const mfa = resource.attrAt('versioning_configuration.mfa_delete');
      if (!mfa || mfa.value.kind !== 'string' || mfa.value.value !== 'Disabled') return;
      report({ at: mfa, message: 'mfa_delete is "Disabled": object versions can be deleted and versioning suspended without the root user\'s MFA.' });
      return;
    }
    const mfa = resource.attrAt('versioning.mfa_delete');
    if (!mfa || mfa.value.kind !== 'bool' || mfa.value.value) return;
    report({ at: mfa, message: 'versioning { mfa_delete = false }: object versions can be deleted and versioning suspended without the root user\'s MFA.' });
  },
});
