import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';

const GROUPS: Record<string, string> = {
  'http://acs.amazonaws.com/groups/global/AllUsers': 'everyone (AllUsers)',
  'http://acs.amazonaws.com/groups/global/AuthenticatedUsers': 'every AWS account (AuthenticatedUsers)',
};

/**
 * Explicit ACL grants to the AllUsers or AuthenticatedUsers groups: `access_control_policy`
 * grants of `aws_s3_bucket_acl`, and the deprecated `grant` blocks of `aws_s3_bucket`.
 */
export default defineRule({
  id: 'aws-s3-acl-public-grant',
  title: 'S3 bucket ACL grants access to all users',
  severity: 'error',
  category: 'security',
  targets: ['aws_s3_bucket_acl', 'aws_s3_bucket'],
  docs: {
    why: 'A grant to the AllUsers group lets anyone on the internet use the permission (READ lists the bucket, WRITE lets them upload and overwrite); AuthenticatedUsers means any AWS account in the world, not just yours. These grants are easy to miss because they hide in a list of otherwise legitimate ones.',
    fix: 'Remove the grant, disable ACLs with object ownership BucketOwnerEnforced, and grant access to specific principals through the bucket policy.',
    links: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#specifying-grantee-predefined-groups'],
  },
  check({ resource, report }) {
    const check = (holder: BlockView, permissionOf: () => string | undefined): void => {
      const uri = holder.attr('uri');
      if (!uri || uri.value.kind !== 'string') return;
      const who = GROUPS[uri.value.value];
      if (!who) return;
      const permission = permissionOf();
      report({ at: uri, message: `The ACL grants ${permission ?? 'access'} to ${who}.` });
    };
    const str = (b: BlockView, name: string): string | undefined => {
      const v = b.attr(name)?.value;
      if (v?.kind === 'string') return v.value;
      if (v?.kind === 'list') return v.items.map((x) => (x.kind === 'string' ? x.value : '?')).join(', ');
      return undefined;
    };
    if (resource.resourceType === 'aws_s3_bucket_acl') {
      for (const policy of resource.blocks('access_control_policy')) {
        for (const grant of policy.blocks('grant')) {
          for (const grantee of grant.blocks('grantee')) check(grantee, () => str(grant, 'permission'));
        }
      }
    } else {
      for (const grant of resource.blocks('grant')) check(grant, () => str(grant, 'permissions'));
    }
  },
});
