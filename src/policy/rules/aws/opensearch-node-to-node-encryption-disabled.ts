import { defineRule } from '../../rule';

/** OpenSearch and Elasticsearch domains whose nodes talk to each other in clear text. */
export default defineRule({
  id: 'aws-opensearch-node-to-node-encryption-disabled',
  title: 'OpenSearch node-to-node encryption is off',
  severity: 'warning',
  category: 'security',
  targets: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  docs: {
    why: 'Without node-to-node encryption, documents, queries and results travel unencrypted between the domain\'s nodes inside the VPC; fine-grained access control also requires it.',
    fix: 'Add node_to_node_encryption { enabled = true }. On older engine versions it can only be set at creation and Terraform replaces the domain.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html'],
  },
  equivalents: { checkov: ['CKV_AWS_6'], trivy: ['AVD-AWS-0043'], tfsec: ['aws-elastic-search-enable-in-transit-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('node_to_node_encryption')) return;
    const block = resource.blocks('node_to_node_encryption')[0];
    const enabled = block?.attr('enabled');
    if (enabled && (!enabled.known || (enabled.value.kind === 'bool' && enabled.value.value))) return;
    report({
      at: enabled ?? block ?? resource,
      message: enabled ? 'node_to_node_encryption.enabled is false: data moves between nodes in clear text.' : 'No node_to_node_encryption block turns it on (default off): data moves between nodes in clear text.',
      fixes: [{ title: 'Encrypt traffic between nodes', edits: fix.ensure(resource, ['node_to_node_encryption', 'enabled'], 'true') }],
    });
  },
});
