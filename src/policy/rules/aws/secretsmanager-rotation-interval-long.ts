import { defineRule } from '../../rule';

/** The longest rotation interval accepted, in days. */
const MAX_DAYS = 90;

/** Days between rotations of a `rate(N unit)` schedule, or undefined for another expression. */
function rateDays(expression: string): number | undefined {
  const m = /^rate\(\s*(\d+)\s+(day|days|hour|hours|minute|minutes)\s*\)$/.exec(expression.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2]!.startsWith('day') ? n : m[2]!.startsWith('hour') ? n / 24 : n / 1440;
}

/**
 * A `aws_secretsmanager_secret_rotation` that rotates less often than every 90 days: no
 * `rotation_rules`, `automatically_after_days` above 90, or a `schedule_expression` `rate(...)`
 * longer than that. `cron(...)` schedules are not judged.
 */
export default defineRule({
  id: 'aws-secretsmanager-rotation-interval-long',
  title: 'Secrets Manager secret rotated less often than every 90 days',
  severity: 'warning',
  category: 'security',
  targets: ['aws_secretsmanager_secret_rotation'],
  docs: {
    why: 'Rotation limits how long a leaked secret stays useful. A schedule longer than 90 days leaves a stolen database password or API key working for a whole quarter or more, beyond what PCI DSS, CIS and most security policies allow.',
    fix: 'Set rotation_rules { automatically_after_days = 30 } (or a schedule_expression such as "rate(30 days)"), and check that the applications read the secret on each use or cache it for less than the interval.',
    links: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotate-secrets_schedule.html'],
  },
  equivalents: { checkov: ['CKV_AWS_304'] },
  // unsafe: the rotation Lambda runs more often, and applications caching the secret must keep up
  fix: 'unsafe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('rotation_rules')) return;
    const rules = resource.blocks('rotation_rules')[0];
    if (!rules) {
      report({ at: resource, message: 'No rotation_rules: the rotation has no schedule, so the secret is not rotated every 90 days or sooner.' });
      return;
    }
    const days = rules.attr('automatically_after_days');
    const schedule = rules.attr('schedule_expression');
    if ((days && !days.known) || (schedule && !schedule.known)) return;
    if (days && days.value.kind === 'number') {
      if (days.value.value <= MAX_DAYS) return;
      report({
        at: days,
        message: `automatically_after_days is ${days.value.value}: a leaked value keeps working for up to ${days.value.value} days, more than ${MAX_DAYS}.`,
        fixes: [{ title: `Rotate every ${MAX_DAYS} days`, edits: fix.set(rules, 'automatically_after_days', String(MAX_DAYS)) }],
      });
      return;
    }
    if (schedule && schedule.value.kind === 'string') {
      const interval = rateDays(schedule.value.value);
      if (interval === undefined || interval <= MAX_DAYS) return;
      report({ at: schedule, message: `The schedule "${schedule.value.value}" rotates the secret less often than every ${MAX_DAYS} days.` });
      return;
    }
    report({ at: rules, message: 'rotation_rules sets neither automatically_after_days nor schedule_expression: the secret is not rotated every 90 days or sooner.' });
  },
});
