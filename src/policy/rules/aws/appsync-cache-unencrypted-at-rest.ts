import { defineRule } from '../../rule';
import { boolOf } from '../support/settings';

/** AppSync API caches without `at_rest_encryption_enabled` (default false). */
export default defineRule({
  id: 'aws-appsync-cache-unencrypted-at-rest',
  title: 'AppSync API cache is not encrypted at rest',
  severity: 'warning',
  category: 'security',
  targets: ['aws_appsync_api_cache'],
  docs: {
    why: 'The cache holds resolver results (often the same personal or business data the API guards) on ElastiCache nodes; without at-rest encryption it sits unencrypted on their disks and in their backups.',
    fix: 'Set at_rest_encryption_enabled = true. The setting can only be chosen when the cache is created: Terraform replaces the cache, which starts empty.',
    links: ['https://docs.aws.amazon.com/appsync/latest/devguide/enabling-caching.html'],
  },
  equivalents: { checkov: ['CKV_AWS_214'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const flag = resource.attr('at_rest_encryption_enabled');
    if (flag && boolOf(flag) !== false) return;
    report({
      at: flag ?? resource,
      message: flag ? 'at_rest_encryption_enabled is false: cached resolver results are not encrypted at rest.' : 'at_rest_encryption_enabled is not set (default false): cached resolver results are not encrypted at rest.',
      fixes: [{ title: 'Encrypt the cache at rest (replaces the cache)', edits: fix.set(resource, 'at_rest_encryption_enabled', 'true') }],
    });
  },
});
