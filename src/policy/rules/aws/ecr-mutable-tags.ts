import { defineRule } from '../../rule';

/** A repository whose tags can be overwritten (`image_tag_mutability` defaults to "MUTABLE"). */
export default defineRule({
  id: 'aws-ecr-mutable-tags',
  title: 'ECR repository allows overwriting image tags',
  severity: 'warning',
  category: 'security',
  targets: ['aws_ecr_repository'],
  docs: {
    why: 'With mutable tags, anyone who can push can replace the image behind a tag already deployed ("v1.4.2", "prod"): the next task or pod start runs different code than what was reviewed and scanned, and rollbacks to a tag are not reproducible.',
    fix: 'Set image_tag_mutability = "IMMUTABLE" and tag each build uniquely (a version or the commit SHA). Pipelines that re-push a moving tag such as "latest" must change first, or use IMMUTABLE_WITH_EXCLUSION to exempt such tags.',
    links: ['https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html'],
  },
  equivalents: { checkov: ['CKV_AWS_51'], trivy: ['AVD-AWS-0031'], tfsec: ['aws-ecr-enforce-immutable-repository'] },
  // unsafe: pipelines that re-push "latest" or another moving tag start failing
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const mutability = resource.attr('image_tag_mutability');
    if (mutability && (mutability.value.kind !== 'string' || mutability.value.value !== 'MUTABLE')) return;
    report({
      at: mutability ?? resource,
      message: mutability ? 'image_tag_mutability is "MUTABLE": a pushed tag can be overwritten with a different image.' : 'image_tag_mutability is not set (default "MUTABLE"): a pushed tag can be overwritten with a different image.',
      fixes: [{ title: 'Make tags immutable (pipelines re-pushing a tag will fail)', edits: fix.set(resource, 'image_tag_mutability', '"IMMUTABLE"') }],
    });
  },
});
