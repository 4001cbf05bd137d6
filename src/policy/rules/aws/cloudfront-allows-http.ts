import { defineRule } from '../../rule';

/** CloudFront cache behaviors with viewer_protocol_policy = "allow-all": viewers may use plain HTTP. */
export default defineRule({
  id: 'aws-cloudfront-allows-http',
  title: 'CloudFront serves content over plain HTTP',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudfront_distribution'],
  docs: {
    why: 'With "allow-all", CloudFront answers http:// requests as they come: pages, cookies and API responses travel in clear text and can be read or altered on the network path (a public Wi-Fi, a compromised router), and users who type the bare domain never reach HTTPS.',
    fix: 'Set viewer_protocol_policy = "redirect-to-https" in the default and every ordered cache behavior (or "https-only" for APIs whose clients always use HTTPS).',
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/using-https-viewers-to-cloudfront.html'],
  },
  equivalents: { checkov: ['CKV_AWS_34'], trivy: ['AVD-AWS-0012'], tfsec: ['aws-cloudfront-enforce-https'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const behaviors = [...resource.blocks('default_cache_behavior'), ...resource.blocks('ordered_cache_behavior')];
    for (const b of behaviors) {
      const policy = b.attr('viewer_protocol_policy');
      if (!policy || policy.value.kind !== 'string' || policy.value.value !== 'allow-all') continue;
      const path = b.attr('path_pattern')?.value;
      const where = b.type === 'default_cache_behavior' ? 'The default cache behavior' : `The cache behavior for ${path?.kind === 'string' ? `"${path.value}"` : 'its path pattern'}`;
      report({
        at: policy,
        message: `${where} has viewer_protocol_policy "allow-all": viewers can fetch it over plain HTTP.`,
        fixes: [{ title: 'Redirect HTTP to HTTPS', edits: fix.set(b, 'viewer_protocol_policy', '"redirect-to-https"') }],
      });
    }
  },
});
