import { defineRule } from '../../rule';

/** Secrets with `recovery_window_in_days = 0`: a destroy deletes them at once, without recovery. */
export default defineRule({
  id: 'aws-secretsmanager-recovery-window-zero',
  title: 'Secrets Manager secret deleted without a recovery window',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_secretsmanager_secret'],
  docs: {
    why: 'With a recovery window of 0 days, destroying or replacing the resource deletes the secret immediately and permanently. If the value cannot be regenerated (a partner\'s API key, a signing key), every application using it breaks and the value is gone; with the default 30 days, RestoreSecret brings it back.',
    fix: 'Remove recovery_window_in_days or set it between 7 and 30. Keep 0 only for throwaway environments that recreate secrets with the same name.',
    links: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/manage_delete-restore-secret.html'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const attr = resource.attr('recovery_window_in_days');
    if (!attr || attr.value.kind !== 'number' || attr.value.value !== 0) return;
    report({
      at: attr,
      message: 'recovery_window_in_days is 0: destroying or replacing this resource deletes the secret at once with no way to restore it.',
      fixes: [{ title: 'Set recovery_window_in_days = 30', edits: fix.set(resource, 'recovery_window_in_days', '30') }],
    });
  },
});
