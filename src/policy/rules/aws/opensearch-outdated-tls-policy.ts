import { defineRule } from '../../rule';

const OLD = 'Policy-Min-TLS-1-0-2019-07';
const CURRENT = 'Policy-Min-TLS-1-2-2019-07';

/** OpenSearch and Elasticsearch domains that still negotiate TLS 1.0 and 1.1. */
export default defineRule({
  id: 'aws-opensearch-outdated-tls-policy',
  title: 'OpenSearch domain allows TLS 1.0',
  severity: 'warning',
  category: 'security',
  targets: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  docs: {
    why: 'TLS 1.0 and 1.1 have known weaknesses (BEAST, weak ciphers and hashes) and are deprecated by RFC 8996; a client or attacker can negotiate them down when the domain still offers them.',
    fix: `Set tls_security_policy = "${CURRENT}" (or a newer policy such as Policy-Min-TLS-1-2-PFS-2023-10). Every current client supports TLS 1.2.`,
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html'],
  },
  equivalents: { checkov: ['CKV_AWS_228'], trivy: ['AVD-AWS-0126'], tfsec: ['aws-elastic-search-use-secure-tls-policy'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const options = resource.blocks('domain_endpoint_options')[0];
    const policy = options?.attr('tls_security_policy');
    if (!options || !policy || policy.value.kind !== 'string' || policy.value.value !== OLD) return;
    report({
      at: policy,
      message: `tls_security_policy is "${OLD}": the endpoint accepts TLS 1.0 and 1.1.`,
      fixes: [{ title: 'Require TLS 1.2 or later', edits: fix.set(options, 'tls_security_policy', JSON.stringify(CURRENT)) }],
    });
  },
});
