import { defineRule } from '../../rule';

/** Buckets with `force_destroy = true`: a destroy or replacement deletes every object first. */
export default defineRule({
  id: 'aws-s3-bucket-force-destroy',
  title: 'S3 bucket deletable with all its objects',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_s3_bucket'],
  docs: {
    why: 'With force_destroy = true, terraform destroy, a renamed resource or a change that forces replacement empties the bucket (every object and version) and deletes it without a prompt. Without it, Terraform refuses to delete a non-empty bucket, which is the last guard before data loss.',
    fix: 'Remove force_destroy or set it to false on buckets that hold data you need; keep it only on throwaway buckets such as test fixtures.',
    links: ['https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/s3_bucket#force_destroy'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const attr = resource.attr('force_destroy');
    if (!attr || attr.value.kind !== 'bool' || !attr.value.value) return;
    report({
      at: attr,
      message: 'force_destroy is true: destroying or replacing this resource deletes every object in the bucket without asking.',
      fixes: [{ title: 'Set force_destroy = false', edits: fix.set(resource, 'force_destroy', 'false') }],
    });
  },
});
