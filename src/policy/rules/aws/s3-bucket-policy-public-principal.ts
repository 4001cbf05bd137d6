import { defineRule } from '../../rule';
import { openToAnyone } from '../support/policy-document';

/**
 * Bucket policies (the `aws_s3_bucket_policy` resource and the deprecated `policy` argument of
 * `aws_s3_bucket`) with an Allow statement for any principal that no condition on the caller's
 * network, organization or account narrows.
 */
export default defineRule({
  id: 'aws-s3-bucket-policy-public-principal',
  title: 'S3 bucket policy allows any principal',
  severity: 'error',
  category: 'security',
  targets: ['aws_s3_bucket_policy', 'aws_s3_bucket'],
  docs: {
    why: 'A statement with Principal "*" (or {"AWS": "*"}) and Effect Allow grants its actions to everyone, including anonymous internet users, unless Block Public Access stops it. Public read policies are the most common cause of S3 data exposure.',
    fix: 'Name the principals that need access (account roots, roles, the CloudFront service principal with an aws:SourceArn condition), or add a condition such as aws:PrincipalOrgID or aws:SourceVpce that limits who the statement applies to.',
    links: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-bucket-policies.html',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_70'] },
  whenUnknown: 'info',
  check({ resource, graph, report, undecided }) {
    const attr = resource.attr('policy');
    if (!attr) return;
    const open = openToAnyone(attr, graph);
    if (!open) {
      if (!attr.known) undecided(attr, 'the policy is known only after apply');
      return;
    }
    if (open.statements === 0) return;
    const { actions } = open;
    report({
      at: attr,
      message: `The policy allows ${actions.join(', ') || 'its actions'} to any principal ("*") without a condition limiting who: anyone on the internet can call ${actions.length === 1 ? 'it' : 'them'} unless Block Public Access intervenes.`,
    });
  },
});
