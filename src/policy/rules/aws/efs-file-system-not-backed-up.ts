import { defineRule } from '../../rule';
import { backedUp } from '../support/backup-selection';

/** EFS file systems that no `aws_backup_selection` in this configuration selects. */
export default defineRule({
  id: 'aws-efs-file-system-not-backed-up',
  title: 'EFS file system is not in an AWS Backup plan',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_efs_file_system'],
  docs: {
    why: 'Deleted or overwritten files on EFS cannot be recovered without a backup. EFS automatic backups (a lifecycle of the file system) or an AWS Backup plan that selects it keep restorable copies. Selections by tag, by wildcard or by a list known only after apply may cover the file system, and keep the rule silent.',
    fix: 'Add the file system to an aws_backup_selection of a backup plan: resources = [aws_efs_file_system.<name>.arn], or select it by tag with selection_tag. Suppress the finding for scratch data you can rebuild.',
    links: ['https://docs.aws.amazon.com/efs/latest/ug/awsbackup.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_18'] },
  check({ resource, graph, report }) {
    if (backedUp(resource, graph) !== false) return;
    report({ at: resource, message: 'No AWS Backup selection in this configuration includes the file system: it has no scheduled, retained backup.' });
  },
});
