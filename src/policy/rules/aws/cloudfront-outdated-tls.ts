import { defineRule } from '../../rule';

const RECOMMENDED = 'TLSv1.2_2021';
/** Viewer security policies that allow neither TLS 1.0/1.1 nor CBC and SHA-1 ciphers; every older one does. */
const SECURE = new Set(['TLSv1.2_2021', 'TLSv1.2_2025', 'TLSv1.3_2025']);

/**
 * Distributions with their own certificate (not the default *.cloudfront.net one, which
 * aws-cloudfront-default-certificate covers) whose minimum_protocol_version is older than
 * TLSv1.2_2021, or not set (TLSv1).
 */
export default defineRule({
  id: 'aws-cloudfront-outdated-tls',
  title: 'CloudFront accepts outdated TLS versions',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudfront_distribution'],
  docs: {
    why: 'Security policies before TLSv1.2_2021 let viewers negotiate TLS 1.0 or 1.1, or TLS 1.2 with CBC and SHA-1 ciphers, which are deprecated (RFC 8996) and fail PCI DSS. Without minimum_protocol_version a custom certificate accepts TLSv1.',
    fix: `Use a custom ACM certificate (issued in us-east-1) with ssl_support_method = "sni-only" and minimum_protocol_version = "${RECOMMENDED}" (or a newer TLSv1.2_2025 / TLSv1.3_2025 policy).`,
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
  },
  equivalents: { checkov: ['CKV_AWS_174'], trivy: ['AVD-AWS-0013'], tfsec: ['aws-cloudfront-use-secure-tls-policy'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('viewer_certificate')) return;
    const cert = resource.blocks('viewer_certificate')[0];
    if (!cert) return;
    const def = cert.attr('cloudfront_default_certificate');
    if (def && (!def.known || (def.value.kind === 'bool' && def.value.value))) return;
    const min = cert.attr('minimum_protocol_version');
    if (min && (min.value.kind !== 'string' || SECURE.has(min.value.value))) return;
    report({
      at: min ?? cert,
      message: min ? `minimum_protocol_version "${min.value.kind === 'string' ? min.value.value : ''}" lets viewers use protocols or ciphers older than ${RECOMMENDED}.` : 'minimum_protocol_version is not set (default TLSv1): viewers can connect with TLS 1.0.',
      fixes: [{ title: `Require ${RECOMMENDED}`, edits: fix.set(cert, 'minimum_protocol_version', `"${RECOMMENDED}"`) }],
    });
  },
});
