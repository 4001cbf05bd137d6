import { defineRule } from '../../rule';

/** A state machine without execution logging (no logging_configuration, or level "OFF"). */
export default defineRule({
  id: 'aws-sfn-logging-disabled',
  title: 'Step Functions state machine without execution logging',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_sfn_state_machine'],
  docs: {
    why: 'Without logging, failed or timed-out executions leave no record outside the console\'s execution history (kept 90 days for Standard workflows, not at all for Express workflows): errors cannot be searched, alarmed on or kept for audits.',
    fix: 'Add logging_configuration { log_destination = "${aws_cloudwatch_log_group.sfn.arn}:*", level = "ERROR", include_execution_data = false } and give the role the CloudWatch Logs delivery permissions. Use level "ALL" for Express workflows you need to debug.',
    links: ['https://docs.aws.amazon.com/step-functions/latest/dg/cw-logs.html'],
  },
  equivalents: { checkov: ['CKV_AWS_285'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('logging_configuration')) return;
    const level = resource.attrAt('logging_configuration.level');
    if (level && (!level.known || level.value.kind !== 'string' || level.value.value !== 'OFF')) return;
    report({
      at: level ?? resource,
      message: level ? 'logging_configuration level is "OFF": executions are not logged.' : 'No logging_configuration: executions and their errors are not logged.',
    });
  },
});
