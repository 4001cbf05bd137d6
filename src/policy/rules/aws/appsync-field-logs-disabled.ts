import { defineRule } from '../../rule';
import { stringOf } from '../support/settings';

/** GraphQL APIs that log, but with `field_log_level = "NONE"` (or unset): no resolver logs. */
export default defineRule({
  id: 'aws-appsync-field-logs-disabled',
  title: 'AppSync field-level (resolver) logs are off',
  severity: 'info',
  category: 'security',
  targets: ['aws_appsync_graphql_api'],
  docs: {
    why: 'Request logs say a query failed; field-level logs say which resolver failed and why. With field_log_level NONE, errors inside resolvers (a denied data source call, a mapping template error) are invisible. APIs without any log_config are reported by aws-appsync-logging-disabled.',
    fix: 'Set log_config.field_log_level = "ERROR" (or "ALL" while debugging: it logs every resolver call and costs accordingly).',
    links: ['https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html#field-level-logs'],
  },
  equivalents: { checkov: ['CKV_AWS_194'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('log_config')) return;
    const config = resource.blocks('log_config')[0];
    if (!config) return;
    const level = config.attr('field_log_level');
    if (level && !level.known) return;
    const value = stringOf(level);
    if (value === 'ALL' || value === 'ERROR') return;
    report({
      at: level ?? config,
      message: level ? `field_log_level is "${value ?? ''}": resolver errors are not logged.` : 'log_config sets no field_log_level: resolver errors are not logged.',
      fixes: [{ title: 'Log resolver errors (field_log_level = "ERROR")', edits: fix.set(config, 'field_log_level', '"ERROR"') }],
    });
  },
});
