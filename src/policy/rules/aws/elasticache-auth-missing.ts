import { defineRule } from '../../rule';

/**
 * ElastiCache replication groups with TLS but no authentication: neither an AUTH token nor RBAC
 * user groups. (Without TLS an AUTH token cannot be set at all; that is the transit rule's finding.)
 */
export default defineRule({
  id: 'aws-elasticache-auth-missing',
  title: 'ElastiCache replication group has no authentication',
  severity: 'warning',
  category: 'security',
  targets: ['aws_elasticache_replication_group'],
  docs: {
    why: 'With no AUTH token and no user group, any client that can reach the nodes\' port can read, change and flush every key, including sessions and tokens; the security group is the only barrier.',
    fix: 'Set auth_token from a secret (aws_secretsmanager_secret_version or an ephemeral value, never a literal) or, better, user_group_ids with RBAC users that have only the commands they need.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/auth.html', 'https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html'],
  },
  equivalents: { checkov: ['CKV_AWS_31'] },
  check({ resource, report }) {
    const transit = resource.attr('transit_encryption_enabled');
    if (!transit || !(transit.value.kind === 'bool' ? transit.value.value : transit.value.kind === 'string' && transit.value.value === 'true')) return;
    if (resource.attr('auth_token') || resource.attr('auth_token_wo')) return;
    const groups = resource.attr('user_group_ids');
    if (groups && (groups.value.kind !== 'list' || groups.value.items.length > 0)) return;
    report({ at: resource, message: 'Neither auth_token nor user_group_ids is set: any client that reaches the nodes can run every command without credentials.' });
  },
});
