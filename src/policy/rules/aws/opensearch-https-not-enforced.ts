import { defineRule } from '../../rule';

/**
 * OpenSearch and Elasticsearch domains that accept plain HTTP: enforce_https = false, or no
 * domain_endpoint_options block at all (the API then leaves HTTPS optional).
 */
export default defineRule({
  id: 'aws-opensearch-https-not-enforced',
  title: 'OpenSearch domain accepts plain HTTP',
  severity: 'warning',
  category: 'security',
  targets: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  docs: {
    why: 'When HTTPS is not enforced, clients can send queries, documents and signed requests or basic-auth credentials over plain HTTP, readable and alterable by anyone on the network path.',
    fix: 'Set domain_endpoint_options { enforce_https = true, tls_security_policy = "Policy-Min-TLS-1-2-2019-07" }.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/infrastructure-security.html'],
  },
  equivalents: { checkov: ['CKV_AWS_83'], trivy: ['AVD-AWS-0046'], tfsec: ['aws-elastic-search-enforce-https'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('domain_endpoint_options')) return;
    const block = resource.blocks('domain_endpoint_options')[0];
    const enforce = block?.attr('enforce_https');
    if (block && (!enforce || !enforce.known || (enforce.value.kind === 'bool' && enforce.value.value))) return;
    report({
      at: enforce ?? resource,
      message: enforce ? 'enforce_https is false: the domain endpoint also accepts plain HTTP.' : 'No domain_endpoint_options block enforces HTTPS: the domain endpoint also accepts plain HTTP.',
      fixes: [{ title: 'Enforce HTTPS', edits: fix.ensure(resource, ['domain_endpoint_options', 'enforce_https'], 'true') }],
    });
  },
});
