import { defineRule } from '../../rule';
import type { Value } from '../../../terraform';

function flag(v: Value | undefined): boolean | undefined {
  if (v?.kind === 'bool') return v.value;
  if (v?.kind === 'string' && (v.value === 'true' || v.value === 'false')) return v.value === 'true';
  return undefined;
}

/**
 * ElastiCache replication groups (Redis OSS, Valkey) without encryption at rest. Valkey groups are
 * encrypted by default, so only an explicit false is reported for them.
 */
export default defineRule({
  id: 'aws-elasticache-at-rest-encryption-disabled',
  title: 'ElastiCache data is not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_elasticache_replication_group'],
  docs: {
    why: 'Without encryption at rest, the cache\'s data on disk (swap, snapshots, backups exported to S3) is stored unencrypted. Caches often hold session tokens and copies of personal data from the database behind them.',
    fix: 'Set at_rest_encryption_enabled = true (optionally with kms_key_id). It can only be set when the replication group is created: Terraform replaces the group, emptying the cache.',
    links: ['https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/at-rest-encryption.html'],
  },
  equivalents: { checkov: ['CKV_AWS_29'], trivy: ['AVD-AWS-0045'], tfsec: ['aws-elasticache-enable-at-rest-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const attr = resource.attr('at_rest_encryption_enabled');
    if (attr && !attr.known) return;
    const on = flag(attr?.value);
    const engine = resource.get('engine');
    if (on === true || (on === undefined && engine?.kind === 'string' && engine.value === 'valkey')) return;
    report({
      at: attr ?? resource,
      message: `${attr ? 'at_rest_encryption_enabled is false' : 'at_rest_encryption_enabled is not set (default false for Redis OSS)'}: cached data written to disk and snapshots is not encrypted.`,
      fixes: [{ title: 'Encrypt at rest (replaces the replication group)', edits: fix.set(resource, 'at_rest_encryption_enabled', 'true') }],
    });
  },
});
