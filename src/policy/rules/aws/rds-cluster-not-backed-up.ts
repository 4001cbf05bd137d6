import { defineRule } from '../../rule';
import { backedUp } from '../support/backup-selection';

/** Aurora or RDS clusters that no `aws_backup_selection` in this configuration selects. */
export default defineRule({
  id: 'aws-rds-cluster-not-backed-up',
  title: 'Aurora or RDS cluster is not in an AWS Backup plan',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_rds_cluster'],
  docs: {
    why: 'Automated cluster backups live and die with the cluster and its account: deleting the cluster can take them along. An AWS Backup plan keeps copies with their own retention, in a vault you can lock or copy to another account. Selections by tag, by wildcard or by a list known only after apply may cover the cluster, and keep the rule silent.',
    fix: 'Add the cluster to an aws_backup_selection of a backup plan: resources = [aws_rds_cluster.<name>.arn], or select it by tag with selection_tag. Suppress the finding for scratch data you can rebuild.',
    links: ['https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_8'] },
  check({ resource, graph, report }) {
    if (backedUp(resource, graph) !== false) return;
    report({ at: resource, message: 'No AWS Backup selection in this configuration includes the cluster: it has no scheduled, retained backup.' });
  },
});
