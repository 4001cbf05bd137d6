import { defineRule } from '../../rule';

/** RDS instances and Aurora cluster instances without Enhanced Monitoring (OS-level metrics). */
export default defineRule({
  id: 'aws-rds-enhanced-monitoring-disabled',
  title: 'RDS Enhanced Monitoring is off',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_db_instance', 'aws_rds_cluster_instance'],
  docs: {
    why: 'Standard CloudWatch metrics come from the hypervisor once a minute. Enhanced Monitoring adds operating-system metrics (memory, swap, per-process CPU, disk queue) down to one-second resolution, which is what shows why a database stalled.',
    fix: 'Set monitoring_interval to 60 (or less) and monitoring_role_arn to a role with the AmazonRDSEnhancedMonitoringRole policy. The metrics are stored in CloudWatch Logs and billed there.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_Monitoring.OS.html'],
  },
  equivalents: { checkov: ['CKV_AWS_118'] },
  check({ resource, report }) {
    const interval = resource.attr('monitoring_interval');
    if (interval && (interval.value.kind !== 'number' || interval.value.value > 0)) return;
    report({
      at: interval ?? resource,
      message: `${interval ? 'monitoring_interval is 0' : 'monitoring_interval is not set (default 0)'}: Enhanced Monitoring's operating-system metrics are not collected.`,
    });
  },
});
