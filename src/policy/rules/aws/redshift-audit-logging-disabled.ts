import { defineRule } from '../../rule';

/**
 * Redshift clusters with no audit logging: neither the (deprecated) inline `logging` block nor an
 * aws_redshift_logging resource for the cluster.
 */
export default defineRule({
  id: 'aws-redshift-audit-logging-disabled',
  title: 'Redshift audit logging is off',
  severity: 'warning',
  category: 'security',
  targets: ['aws_redshift_cluster'],
  docs: {
    why: 'Without audit logging Redshift keeps no record of connections, user changes and queries beyond a few days of system tables: who read which data, and from where, cannot be answered after an incident or for an audit.',
    fix: 'Add an aws_redshift_logging resource for the cluster with log_destination_type = "cloudwatch" (and log_exports = ["connectionlog", "userlog", "useractivitylog"]) or "s3" with a bucket.',
    links: ['https://docs.aws.amazon.com/redshift/latest/mgmt/db-auditing.html'],
  },
  equivalents: { checkov: ['CKV_AWS_71'] },
  check({ resource, report, graph }) {
    const inline = resource.blocks('logging')[0]?.attr('enable');
    if (inline && (!inline.known || (inline.value.kind === 'bool' && inline.value.value))) return;
    if (graph.referencing(resource, 'aws_redshift_logging', 'cluster_identifier', 'cluster_identifier').length > 0) return;
    report({ at: resource, message: 'No aws_redshift_logging resource (or logging block) turns on audit logging for this cluster: connections and queries are not recorded.' });
  },
});
