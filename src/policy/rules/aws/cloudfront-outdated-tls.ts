import { defineRule } from '../../rule';

const RECOMMENDED = 'TLSv1.2_2021';
/** Viewer security policies older than TLSv1.2_2021 (they allow TLS 1.0/1.1 or weaker ciphers). */
const OUTDATED = new Set(['SSLv3', 'TLSv1', 'TLSv1_2016', 'TLSv1.1_2016', 'TLSv1.2_2018', 'TLSv1.2_2019']);

/**
 * Distributions whose viewer certificate allows protocols or ciphers older than TLSv1.2_2021:
 * a custom certificate with an old (or default TLSv1) minimum_protocol_version, or the default
 * *.cloudfront.net certificate, which always accepts TLSv1.
 */
export default defineRule({
  id: 'aws-cloudfront-outdated-tls',
  title: 'CloudFront accepts outdated TLS versions',
  severity: 'warning',
  category: 'security',
  targets: ['aws_cloudfront_distribution'],
  docs: {
    why: 'Security policies before TLSv1.2_2021 let viewers negotiate TLS 1.0 or 1.1, or TLS 1.2 with CBC and SHA-1 ciphers, which are deprecated (RFC 8996) and fail PCI DSS. With the default *.cloudfront.net certificate CloudFront always accepts TLSv1, whatever minimum_protocol_version says.',
    fix: `Use a custom ACM certificate (issued in us-east-1) with ssl_support_method = "sni-only" and minimum_protocol_version = "${RECOMMENDED}" (or a newer TLSv1.2_2025 / TLSv1.3_2025 policy).`,
    links: ['https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/secure-connections-supported-viewer-protocols-ciphers.html'],
  },
  // not Trivy's AVD-AWS-0013, which passes the default certificate this rule flags
  equivalents: { checkov: ['CKV_AWS_174'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('viewer_certificate')) return;
    const cert = resource.blocks('viewer_certificate')[0];
    if (!cert) return;
    const def = cert.attr('cloudfront_default_certificate');
    if (def?.value.kind === 'bool' && def.value.value) {
      report({ at: def, message: 'The default *.cloudfront.net certificate accepts TLSv1 and TLSv1.1: use a custom certificate with a TLSv1.2_2021 minimum.' });
      return;
    }
    const custom = cert.attr('acm_certificate_arn') ?? cert.attr('iam_certificate_id');
    if (!custom) return;
    const min = cert.attr('minimum_protocol_version');
    if (min && (min.value.kind !== 'string' || !OUTDATED.has(min.value.value))) return;
    report({
      at: min ?? cert,
      message: min ? `minimum_protocol_version "${min.value.kind === 'string' ? min.value.value : ''}" lets viewers use protocols or ciphers older than ${RECOMMENDED}.` : 'minimum_protocol_version is not set (default TLSv1): viewers can connect with TLS 1.0.',
      fixes: [{ title: `Require ${RECOMMENDED}`, edits: fix.set(cert, 'minimum_protocol_version', `"${RECOMMENDED}"`) }],
    });
  },
});
