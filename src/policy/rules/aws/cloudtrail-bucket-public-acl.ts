import { defineRule } from '../../rule';
import { companionsOf } from './s3-companions';

const PUBLIC = new Set(['public-read', 'public-read-write', 'authenticated-read']);

/**
 * A bucket a CloudTrail trail delivers to (`s3_bucket_name`) whose canned ACL is public: the
 * deprecated `acl` of `aws_s3_bucket` or the `acl` of its `aws_s3_bucket_acl`. The finding names the
 * bucket; it points at the ACL, where the fix goes.
 */
export default defineRule({
  id: 'aws-cloudtrail-bucket-public-acl',
  title: 'CloudTrail log bucket has a public ACL',
  severity: 'error',
  category: 'security',
  targets: ['aws_s3_bucket'],
  docs: {
    why: 'CloudTrail logs record every API call in the account: who did what, from which address, with which role. Readable by anyone, they give an attacker a map of the account, its users and its weak spots, and a writable bucket lets them tamper with the record.',
    fix: 'Use the "private" canned ACL (or none, with object ownership enforced) and let CloudTrail write through the bucket policy alone. Add an aws_s3_bucket_public_access_block to keep it private.',
    links: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl'],
  },
  equivalents: { trivy: ['AVD-AWS-0161'], tfsec: ['aws-cloudtrail-no-public-log-access'] },
  fix: 'safe',
  check({ resource, graph, report, fix }) {
    const trails = graph.referencing(resource, 'aws_cloudtrail', 's3_bucket_name', 'bucket');
    if (trails.length === 0) return;
    const holders = [resource, ...companionsOf(resource, graph, 'aws_s3_bucket_acl').found];
    for (const holder of holders) {
      const acl = holder.attr('acl');
      if (!acl || acl.value.kind !== 'string' || !PUBLIC.has(acl.value.value)) continue;
      report({
        at: acl,
        message: `This bucket receives the CloudTrail logs of ${trails[0]!.address}, and its "${acl.value.value}" ACL lets ${acl.value.value === 'authenticated-read' ? 'every AWS account' : 'anyone'} read${acl.value.value === 'public-read-write' ? ' and write' : ''} them.`,
        fixes: [{ title: 'Use the "private" ACL', edits: fix.set(holder, 'acl', '"private"') }],
      });
    }
  },
});
