import { defineRule } from '../../rule';
import { isMissing } from '../support/settings';

/** GraphQL APIs without a `log_config` (no CloudWatch Logs role, so AppSync writes no logs). */
export default defineRule({
  id: 'aws-appsync-logging-disabled',
  title: 'AppSync GraphQL API does not log to CloudWatch',
  severity: 'warning',
  category: 'security',
  targets: ['aws_appsync_graphql_api'],
  docs: {
    why: 'Without a log_config, AppSync writes neither request logs nor resolver logs: failed authorizations, abusive queries and resolver errors leave no trace to investigate or alarm on.',
    fix: 'Add log_config { cloudwatch_logs_role_arn = aws_iam_role.appsync_logs.arn, field_log_level = "ERROR" } with a role AppSync can assume that allows logs:CreateLogGroup, logs:CreateLogStream and logs:PutLogEvents (the AWSAppSyncPushToCloudWatchLogs managed policy).',
    links: ['https://docs.aws.amazon.com/appsync/latest/devguide/monitoring.html#setup-and-configuration'],
  },
  // with no log_config Checkov fails both its logging and its field-level logging check
  equivalents: { checkov: ['CKV_AWS_193', 'CKV_AWS_194'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('log_config')) return;
    const config = resource.blocks('log_config')[0];
    const role = config?.attr('cloudwatch_logs_role_arn');
    if (config && !isMissing(role)) return;
    report({ at: config ?? resource, message: config ? 'log_config has no cloudwatch_logs_role_arn: AppSync cannot write logs.' : 'No log_config: AppSync writes no request or resolver logs for this API.' });
  },
});
