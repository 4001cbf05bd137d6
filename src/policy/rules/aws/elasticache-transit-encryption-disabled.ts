import { defineRule } from '../../rule';
import type { ResourceView } from '../../resource-view';

/** ElastiCache Redis OSS and Valkey replication groups that accept unencrypted connections. */
export default defineRule({
  id: 'aws-elasticache-transit-encryption-disabled',
  title: 'ElastiCache traffic is not encrypted in transit',
  severity: 'warning',
  category: 'security',
  targets: ['aws_elasticache_replication_group'],
  docs: {
    why: 'Without in-transit encryption, commands, keys, values and any AUTH password cross the network in clear text, between clients and nodes and between replicas: anyone who can capture traffic in the VPC can read or alter the cached data.',
    fix: 'Set transit_encryption_enabled = true and connect clients with TLS. On Redis OSS 7 and later an existing group can migrate with transit_encryption_mode = "preferred" first, then "required"; older engines need a new group.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/in-transit-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_30'], trivy: ['AVD-AWS-0051'], tfsec: ['aws-elasticache-enable-in-transit-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const attr = resource.attr('transit_encryption_enabled');
    if (attr && !attr.known) return;
    if (attr?.value.kind === 'bool' && attr.value.value) return;
    if (attr?.value.kind === 'string' && attr.value.value === 'true') return;
    report({
      at: attr ?? resource,
      message: `${attr ? 'transit_encryption_enabled is false' : 'transit_encryption_enabled is not set (default false)'}: clients and replicas exchange data, keys and passwords in clear text.`,
      fixes: [{ title: `Require TLS (clients must connect with TLS${hasAuth(resource) ? '' : '; then set auth_token or user_group_ids too, or aws-elasticache-auth-missing reports the group'})`, edits: fix.set(resource, 'transit_encryption_enabled', 'true') }],
    });
  },
});

/** Whether clients must authenticate: what aws-elasticache-auth-missing asks for once TLS is on. */
function hasAuth(resource: ResourceView): boolean {
  if (resource.attr('auth_token') || resource.attr('auth_token_wo')) return true;
  const groups = resource.attr('user_group_ids');
  return groups !== undefined && (groups.value.kind !== 'list' || groups.value.items.length > 0);
}
