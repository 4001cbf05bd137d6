import { defineRule } from '../../rule';

/**
 * Secrets with no `aws_secretsmanager_secret_rotation` (matched by reference through `secret_id`).
 * Silent when a rotation's `secret_id` is unknown and does not visibly point at a secret resource.
 */
export default defineRule({
  id: 'aws-secretsmanager-rotation-missing',
  title: 'Secrets Manager secret without automatic rotation',
  severity: 'warning',
  category: 'security',
  targets: ['aws_secretsmanager_secret'],
  docs: {
    why: 'A secret that never changes stays valid for as long as anyone who ever saw it (a former employee, a leaked log, an old laptop) keeps a copy. Automatic rotation limits how long a leaked credential works and proves the applications can survive a change when an emergency rotation is needed.',
    fix: 'Add an aws_secretsmanager_secret_rotation with a rotation Lambda (AWS provides templates for RDS, Redshift, DocumentDB) and rotation_rules { automatically_after_days = 30 }. For RDS master passwords, manage_master_user_password = true makes RDS rotate them for you.',
    links: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_57'] },
  check({ resource, graph, report }) {
    if (graph.referencing(resource, 'aws_secretsmanager_secret_rotation', 'secret_id').length > 0) return;
    const unsure = graph.ofType('aws_secretsmanager_secret_rotation').some((r) => {
      const v = r.attr('secret_id')?.value;
      return v?.kind === 'unknown' && !(v.source && /(^|\.)aws_secretsmanager_secret\.[^.]+/.test(v.source));
    });
    if (unsure) return;
    report({ at: resource, message: 'No aws_secretsmanager_secret_rotation rotates this secret: its value stays valid until someone changes it by hand.' });
  },
});
