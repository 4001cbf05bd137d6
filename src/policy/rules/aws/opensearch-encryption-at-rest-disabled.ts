import { defineRule } from '../../rule';

/** OpenSearch and Elasticsearch domains without encryption at rest (off when encrypt_at_rest is absent). */
export default defineRule({
  id: 'aws-opensearch-encryption-at-rest-disabled',
  title: 'OpenSearch domain is not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  docs: {
    why: 'Without encryption at rest, the domain\'s indices, logs, swap files and automated snapshots are stored unencrypted. Search domains often index application logs and documents full of personal data.',
    fix: 'Add encrypt_at_rest { enabled = true } (optionally kms_key_id). On older engine versions it can only be set at creation and Terraform replaces the domain.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html'],
  },
  equivalents: { checkov: ['CKV_AWS_5'], trivy: ['AVD-AWS-0048'], tfsec: ['aws-elastic-search-enable-domain-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('encrypt_at_rest')) return;
    const block = resource.blocks('encrypt_at_rest')[0];
    const enabled = block?.attr('enabled');
    if (enabled && (!enabled.known || (enabled.value.kind === 'bool' && enabled.value.value))) return;
    report({
      at: enabled ?? block ?? resource,
      message: enabled ? 'encrypt_at_rest.enabled is false: indices and snapshots are stored unencrypted.' : 'No encrypt_at_rest block turns encryption on (default off): indices and snapshots are stored unencrypted.',
      fixes: [{ title: 'Encrypt the domain at rest', edits: fix.ensure(resource, ['encrypt_at_rest', 'enabled'], 'true') }],
    });
  },
});
