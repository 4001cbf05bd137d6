import { defineRule } from '../../rule';

/** Metric alarms that notify nobody: no alarm_actions, or actions_enabled = false. */
export default defineRule({
  id: 'aws-cloudwatch-alarm-without-actions',
  title: 'CloudWatch alarm has no actions',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_cloudwatch_metric_alarm'],
  docs: {
    why: 'An alarm without alarm_actions (or with actions disabled) changes state silently: the outage it was written to catch is noticed only when someone happens to open the console, or by customers.',
    fix: 'Set alarm_actions (and usually ok_actions) to an SNS topic that pages or notifies the owning team, or to an Auto Scaling or EC2 action; set actions_enabled = true.',
    links: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-actions'],
  },
  check({ resource, report }) {
    const enabled = resource.attr('actions_enabled');
    if (enabled?.value.kind === 'bool' && !enabled.value.value) {
      report({ at: enabled, message: 'actions_enabled is false: the alarm changes state without notifying anyone.' });
      return;
    }
    const actions = resource.attr('alarm_actions');
    if (actions && (actions.value.kind !== 'list' || actions.value.items.length > 0)) return;
    report({ at: actions ?? resource, message: `${actions ? 'alarm_actions is empty' : 'No alarm_actions'}: the alarm changes state without notifying anyone.` });
  },
});
