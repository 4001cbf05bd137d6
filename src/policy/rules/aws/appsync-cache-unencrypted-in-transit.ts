import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** AppSync API caches without `transit_encryption_enabled` (default false). */
export default defineRule({
  id: 'aws-appsync-cache-unencrypted-in-transit',
  title: 'AppSync API cache is not encrypted in transit',
  severity: 'warning',
  category: 'security',
  targets: ['aws_appsync_api_cache'],
  docs: {
    why: 'Without transit encryption, resolver results travel in clear text between AppSync and its ElastiCache nodes, inside the AWS network but outside your control.',
    fix: 'Set transit_encryption_enabled = true. The setting can only be chosen when the cache is created: Terraform replaces the cache, which starts empty.',
    links: ['https://docs.aws.amazon.com/appsync/latest/devguide/enabling-caching.html'],
  },
  equivalents: { checkov: ['CKV_AWS_215'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const flag = resource.attr('transit_encryption_enabled');
    if (flag && boolOf(flag) !== false) return;
    report({
      at: flag ?? resource,
      message: flag ? 'transit_encryption_enabled is false: cached resolver results are not encrypted in transit.' : 'transit_encryption_enabled is not set (default false): cached resolver results are not encrypted in transit.',
      fixes: [{ title: 'Encrypt the cache in transit (replaces the cache)', edits: fix.set(resource, 'transit_encryption_enabled', 'true') }],
    });
  },
});
