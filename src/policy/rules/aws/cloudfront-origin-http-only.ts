import { defineRule } from '../../rule';

/** Custom origins that CloudFront reaches over plain HTTP (origin_protocol_policy = "http-only"). */
export default defineRule({
  id: 'aws-cloudfront-origin-http-only',
  title: 'CloudFront connects to a custom origin over plain HTTP',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudfront_distribution'],
  docs: {
    why: 'With "http-only", the leg from the edge to the origin crosses the internet in clear text even when viewers use HTTPS: cookies, authorization headers and responses can be read or altered between CloudFront and the origin, and viewers see a padlock that overstates the protection.',
    fix: 'Serve HTTPS on the origin (an ACM certificate on its load balancer) and set origin_protocol_policy = "https-only" with origin_ssl_protocols = ["TLSv1.2"]. S3 website endpoints only speak HTTP: use the bucket\'s REST endpoint with an origin access control instead.',
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-cloudfront-to-custom-origin.html'],
  },
  // the origin must accept HTTPS first: offered, applied by hand
  fix: 'unsafe',
  check({ resource, report, fix }) {
    for (const origin of resource.blocks('origin')) {
      for (const custom of origin.blocks('custom_origin_config')) {
        const policy = custom.attr('origin_protocol_policy');
        if (!policy || policy.value.kind !== 'string' || policy.value.value !== 'http-only') continue;
        const id = origin.attr('origin_id')?.value;
        report({
          at: policy,
          message: `${id?.kind === 'string' ? `Origin "${id.value}"` : 'This origin'} uses origin_protocol_policy "http-only": requests from CloudFront to the origin travel in clear text.`,
          fixes: [{ title: 'Connect to the origin over HTTPS only', edits: fix.set(custom, 'origin_protocol_policy', '"https-only"') }],
        });
      }
    }
  },
});
