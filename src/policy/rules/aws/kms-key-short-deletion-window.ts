import { defineRule } from '../../rule';

const MINIMUM = 14;

/** `deletion_window_in_days` under 14 days (the default is 30). */
export default defineRule({
  id: 'aws-kms-key-short-deletion-window',
  title: 'KMS key deletion window shorter than 14 days',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_kms_key'],
  docs: {
    why: 'Deleting a KMS key makes everything encrypted with it unreadable forever; the waiting period is the only chance to notice a mistaken or malicious deletion and cancel it. Seven days pass quickly over a holiday or a weekend without alarms.',
    fix: 'Keep the default of 30 days (set deletion_window_in_days = 30) and alarm on ScheduleKeyDeletion events in CloudTrail.',
    links: ['https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html#deleting-keys-scheduling-key-deletion'],
  },
  fix: 'safe',
  check({ resource, report, fix }) {
    const window = resource.attr('deletion_window_in_days');
    if (!window || window.value.kind !== 'number' || window.value.value >= MINIMUM) return;
    report({
      at: window,
      message: `deletion_window_in_days is ${window.value.value}: a scheduled deletion of this key (and of all data encrypted with it) becomes final after ${window.value.value} days.`,
      fixes: [{ title: 'Set deletion_window_in_days = 30', edits: fix.set(resource, 'deletion_window_in_days', '30') }],
    });
  },
});
