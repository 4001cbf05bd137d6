import { defineRule } from '../../rule';
import { isMissing } from '../support/settings';

/** Pipelines with an `artifact_store` that names no `encryption_key` (S3's AWS managed key is used). */
export default defineRule({
  id: 'aws-codepipeline-artifacts-without-cmk',
  title: 'CodePipeline artifact store is not encrypted with a customer managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_codepipeline'],
  docs: {
    why: 'Pipeline artifacts are source code, build outputs and deployment packages. Without an encryption_key, CodePipeline uses the aws/s3 AWS managed key, which every principal with access to the bucket can use: a key of your own adds a second permission check, an audit trail and a way to revoke access. Each artifact_store block (one per Region in a cross-Region pipeline) is checked.',
    fix: 'Add encryption_key { id = aws_kms_key.pipeline.arn, type = "KMS" } to each artifact_store, with a key policy that lets the pipeline role and the roles of its actions use the key.',
    links: ['https://docs.aws.amazon.com/codepipeline/latest/userguide/S3-artifact-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_219'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('artifact_store')) return;
    for (const store of resource.blocks('artifact_store')) {
      if (store.hasUnknownBlocks('encryption_key')) continue;
      const key = store.blocks('encryption_key')[0];
      if (key && !isMissing(key.attr('id'))) continue;
      const region = store.attr('region')?.value;
      report({ at: key ?? store, message: `The artifact store${region?.kind === 'string' ? ` in ${region.value}` : ''} has no encryption_key: artifacts are encrypted only with the AWS managed aws/s3 key.` });
    }
  },
});
