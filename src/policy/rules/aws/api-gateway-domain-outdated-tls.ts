import { defineRule } from '../../rule';

/** A REST API custom domain that still accepts TLS 1.0 (`security_policy = "TLS_1_0"`). */
export default defineRule({
  id: 'aws-api-gateway-domain-outdated-tls',
  title: 'API Gateway custom domain accepts TLS 1.0',
  severity: 'warning',
  category: 'security',
  targets: ['aws_api_gateway_domain_name'],
  docs: {
    why: 'TLS 1.0 and 1.1 have known weaknesses and are deprecated (RFC 8996); PCI DSS forbids them. A domain that accepts them lets clients, or an attacker downgrading them, use weak ciphers.',
    fix: 'Set security_policy = "TLS_1_2". Check first that no client still needs TLS 1.0 (very old Android or Java versions).',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-custom-domain-tls-version.html'],
  },
  equivalents: { checkov: ['CKV_AWS_206'], trivy: ['AVD-AWS-0005'], tfsec: ['aws-api-gateway-use-secure-tls-policy'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const policy = resource.attr('security_policy');
    if (!policy || policy.value.kind !== 'string' || policy.value.value !== 'TLS_1_0') return;
    report({
      at: policy,
      message: 'security_policy is "TLS_1_0": the domain accepts deprecated TLS 1.0 and 1.1 connections.',
      fixes: [{ title: 'Require TLS 1.2 (old clients can no longer connect)', edits: fix.set(resource, 'security_policy', '"TLS_1_2"') }],
    });
  },
});
