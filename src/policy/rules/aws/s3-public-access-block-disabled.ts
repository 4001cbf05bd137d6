import { defineRule } from '../../rule';

const SETTINGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'] as const;

/**
 * A bucket or account public access block with one of its four settings off. Each setting
 * defaults to false when omitted, so a missing one counts as off.
 */
export default defineRule({
  id: 'aws-s3-public-access-block-disabled',
  title: 'S3 public access block setting turned off',
  severity: 'warning',
  category: 'security',
  targets: ['aws_s3_bucket_public_access_block', 'aws_s3_account_public_access_block'],
  docs: {
    why: 'Each of the four Block Public Access settings closes one way to make data public: block_public_acls and ignore_public_acls stop public ACLs, block_public_policy and restrict_public_buckets stop public bucket policies. One setting left off is enough for a mistaken ACL or policy to expose the objects.',
    fix: 'Set block_public_acls, block_public_policy, ignore_public_acls and restrict_public_buckets to true. Serve intentionally public content through CloudFront with an origin access control instead.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  },
  // Trivy checks each setting on its own (AVD-AWS-0086, 0087, 0091, 0093): this rule asks for all four at once
  equivalents: { checkov: ['CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const missing: string[] = [];
    for (const name of SETTINGS) {
      const attr = resource.attr(name);
      if (!attr) {
        missing.push(name);
        continue;
      }
      if (attr.value.kind !== 'bool' || attr.value.value) continue;
      report({
        at: attr,
        message: `${name} is false: ${name.includes('acl') ? 'public ACLs on the bucket and its objects' : 'a public bucket policy'} can expose the data.`,
        fixes: [{ title: `Set ${name} = true`, edits: fix.set(resource, name, 'true') }],
      });
    }
    if (missing.length > 0) {
      report({
        at: resource,
        message: `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set and default${missing.length === 1 ? 's' : ''} to false, leaving ${missing.length === 1 ? 'that path' : 'those paths'} to public access open.`,
        fixes: [{ title: `Set ${missing.join(', ')} to true`, edits: fix.setAll(resource, Object.fromEntries(missing.map((m) => [m, 'true']))) }],
      });
    }
  },
});
