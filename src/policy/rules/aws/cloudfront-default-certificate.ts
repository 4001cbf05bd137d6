import { defineRule } from '../../rule';

/**
 * Distributions served with the default *.cloudfront.net certificate: CloudFront then accepts
 * TLSv1 whatever minimum_protocol_version says. Trivy and Checkov pass these (nothing can be set
 * on the default certificate), so this rule claims no equivalent.
 */
export default defineRule({
  id: 'aws-cloudfront-default-certificate',
  title: 'CloudFront default certificate accepts TLS 1.0',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudfront_distribution'],
  docs: {
    why: 'With the default *.cloudfront.net certificate CloudFront always accepts TLSv1 and TLSv1.1, whatever minimum_protocol_version says: viewers can negotiate protocols deprecated by RFC 8996, which fail PCI DSS.',
    fix: 'Use a custom ACM certificate (issued in us-east-1) for your own domain with ssl_support_method = "sni-only" and minimum_protocol_version = "TLSv1.2_2021" or newer.',
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
  },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('viewer_certificate')) return;
    const def = resource.blocks('viewer_certificate')[0]?.attr('cloudfront_default_certificate');
    if (def?.value.kind !== 'bool' || !def.value.value) return;
    report({ at: def, message: 'The default *.cloudfront.net certificate accepts TLSv1 and TLSv1.1: use a custom certificate with a TLSv1.2_2021 minimum.' });
  },
});
