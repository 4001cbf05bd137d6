import { defineRule } from '../../rule';

/** Distributions without a WAF web ACL (web_acl_id). */
export default defineRule({
  id: 'aws-cloudfront-waf-missing',
  title: 'CloudFront distribution has no WAF web ACL',
  severity: 'info',
  category: 'security',
  targets: ['aws_cloudfront_distribution'],
  docs: {
    why: 'Without a web ACL every request reaches the origin: injection and cross-site scripting probes, credential stuffing and request floods are filtered only by the application. WAF at CloudFront blocks them at the edge before they cost origin capacity.',
    fix: 'Create an aws_wafv2_web_acl with scope = "CLOUDFRONT" (in us-east-1; start with the AWS managed rule groups and a rate-based rule) and set web_acl_id = aws_wafv2_web_acl.<name>.arn on the distribution.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/cloudfront-features.html'],
  },
  equivalents: { checkov: ['CKV_AWS_68'], trivy: ['AVD-AWS-0011'], tfsec: ['aws-cloudfront-enable-waf'] },
  check({ resource, report }) {
    const acl = resource.attr('web_acl_id');
    if (acl && (acl.value.kind !== 'string' || acl.value.value !== '')) return;
    report({ at: acl ?? resource, message: 'No web_acl_id: the distribution forwards every request to the origin without WAF filtering.' });
  },
});
