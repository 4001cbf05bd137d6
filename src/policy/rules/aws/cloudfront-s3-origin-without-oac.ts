import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';

/** An S3 REST endpoint (bucket.s3.amazonaws.com, bucket.s3.<region>.amazonaws.com), not a website endpoint. */
const S3_REST = /\.s3(\.dualstack)?([.-][a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/;

function isS3Origin(origin: BlockView): boolean {
  const domain = origin.attr('domain_name')?.value;
  if (!domain) return false;
  if (domain.kind === 'string') return S3_REST.test(domain.value) && !domain.value.includes('s3-website');
  return domain.kind === 'unknown' && /^aws_s3_bucket\.[^.]+(\[[^\]]*\])?\.bucket(_regional)?_domain_name$/.test(domain.source ?? '');
}

/** Set to a non-empty value, or known only after apply (such as a reference to an access control's id). */
function present(block: BlockView | undefined, name: string): boolean {
  const v = block?.attr(name)?.value;
  return !!v && (v.kind === 'unknown' || (v.kind === 'string' && v.value !== ''));
}

/** S3 origins served without an origin access control or identity: the bucket must be public. */
export default defineRule({
  id: 'aws-cloudfront-s3-origin-without-oac',
  title: 'CloudFront S3 origin has no origin access control',
  severity: 'info',
  category: 'security',
  targets: ['aws_cloudfront_distribution'],
  docs: {
    why: 'Without an origin access control (or the legacy origin access identity), CloudFront fetches objects anonymously, so the bucket must allow public reads: anyone can bypass the CDN, its WAF, signed URLs and geo restrictions by requesting objects from S3 directly.',
    fix: 'Create an aws_cloudfront_origin_access_control (origin_access_control_origin_type = "s3", signing_behavior = "always", signing_protocol = "sigv4"), set origin_access_control_id on the origin, and allow only cloudfront.amazonaws.com with an AWS:SourceArn condition in the bucket policy; then block public access on the bucket.',
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html'],
  },
  check({ resource, report }) {
    for (const origin of resource.blocks('origin')) {
      if (origin.blocks('custom_origin_config').length > 0 || !isS3Origin(origin)) continue;
      if (present(origin, 'origin_access_control_id')) continue;
      if (present(origin.blocks('s3_origin_config')[0], 'origin_access_identity')) continue;
      const id = origin.attr('origin_id')?.value;
      report({ at: origin, message: `S3 origin ${id?.kind === 'string' ? `"${id.value}" ` : ''}has no origin_access_control_id or origin access identity: the bucket has to be publicly readable, and viewers can bypass CloudFront.` });
    }
  },
});
