import { defineRule } from '../../rule';

/** Roles whose `max_session_duration` allows sessions longer than one hour (the default is 3600 seconds). */
export default defineRule({
  id: 'aws-iam-role-long-session',
  title: 'IAM role sessions may last longer than an hour',
  severity: 'info',
  category: 'security',
  targets: ['aws_iam_role'],
  docs: {
    why: 'Role credentials cannot be revoked one by one: a leaked session key works until it expires. Up to 12 hours of validity gives whoever copies it from a laptop, a CI log or an instance a long window; one hour (the default) keeps it short.',
    fix: 'Set max_session_duration = 3600 (or remove it), and let long jobs refresh their credentials (the SDKs do it on their own when they assume the role).',
    links: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_update-role-settings.html#id_roles_update-session-duration'],
  },
  equivalents: { checkov: ['CKV_AWS_395'] },
  // long-running sessions (a 4-hour console session, a batch job) stop working: the user decides
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const duration = resource.attr('max_session_duration');
    if (duration?.value.kind !== 'number' || duration.value.value <= 3600) return;
    const hours = duration.value.value / 3600;
    report({
      at: duration,
      message: `max_session_duration is ${duration.value.value} seconds (${Number.isInteger(hours) ? hours : hours.toFixed(1)} hours): a leaked session key stays valid that long.`,
      fixes: [{ title: 'Limit sessions to one hour', edits: fix.set(resource, 'max_session_duration', '3600') }],
    });
  },
});
