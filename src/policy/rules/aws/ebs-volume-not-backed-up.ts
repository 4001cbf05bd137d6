import { defineRule } from '../../rule';
import { backedUp } from '../support/backup-selection';

/** EBS volumes that no `aws_backup_selection` in this configuration selects. */
export default defineRule({
  id: 'aws-ebs-volume-not-backed-up',
  title: 'EBS volume is not in an AWS Backup plan',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_ebs_volume'],
  docs: {
    why: 'A volume only snapshotted by hand (or not at all) is lost with its data when it is deleted, corrupted or encrypted by ransomware. AWS Backup plans take scheduled, retained and optionally vaulted copies. Selections by tag, by wildcard or by a list known only after apply may cover the volume, and keep the rule silent.',
    fix: 'Add the volume to an aws_backup_selection of a backup plan: resources = [aws_ebs_volume.<name>.arn], or select it by tag with selection_tag. Suppress the finding for scratch data you can rebuild.',
    links: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_9'] },
  check({ resource, graph, report }) {
    if (backedUp(resource, graph) !== false) return;
    report({ at: resource, message: 'No AWS Backup selection in this configuration includes the volume: it has no scheduled, retained backup.' });
  },
});
