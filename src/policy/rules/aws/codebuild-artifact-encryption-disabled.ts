import { defineRule } from '../../rule';

/**
 * CodeBuild projects with `encryption_disabled = true` on their `artifacts` or
 * `secondary_artifacts`. Artifacts of type NO_ARTIFACTS are not written, so they are left out.
 */
export default defineRule({
  id: 'aws-codebuild-artifact-encryption-disabled',
  title: 'CodeBuild artifacts are not encrypted',
  severity: 'warning',
  category: 'security',
  targets: ['aws_codebuild_project'],
  docs: {
    why: 'Build artifacts carry compiled code, packaged dependencies and often configuration. With encryption_disabled they are written to S3 without the project\'s KMS encryption, and anyone who can read the bucket reads them.',
    fix: 'Remove encryption_disabled (encryption is on by default) or set it to false; set encryption_key on the project to use a customer managed key.',
    links: ['https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0018'], tfsec: ['aws-codebuild-enable-encryption'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    for (const kind of ['artifacts', 'secondary_artifacts']) {
      for (const block of resource.blocks(kind)) {
        const disabled = block.attr('encryption_disabled');
        if (!disabled || disabled.value.kind !== 'bool' || !disabled.value.value) continue;
        const type = block.attr('type')?.value;
        if (type?.kind === 'string' && type.value === 'NO_ARTIFACTS') continue;
        report({
          at: disabled,
          message: `${kind} has encryption_disabled = true: the build output is written to S3 unencrypted.`,
          fixes: [{ title: 'Encrypt the artifacts', edits: fix.set(block, 'encryption_disabled', 'false') }],
        });
      }
    }
  },
});
