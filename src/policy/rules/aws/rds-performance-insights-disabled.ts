import { defineRule } from '../../rule';

/** RDS instances and Aurora cluster instances without Performance Insights (`performance_insights_enabled`, default false). */
export default defineRule({
  id: 'aws-rds-performance-insights-disabled',
  title: 'RDS Performance Insights is off',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_db_instance', 'aws_rds_cluster_instance'],
  docs: {
    why: 'Performance Insights records database load by wait event, SQL statement, host and user. Without it, a slowdown or an unusual burst of sessions (a runaway job, or someone dumping tables) leaves only coarse CloudWatch metrics to work out what ran and who ran it.',
    fix: 'Set performance_insights_enabled = true; 7 days of retention are included at no charge, longer retention is billed. A few small instance classes (db.t2 and some db.t3/db.t4g sizes on some engines) do not support it.',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.Overview.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0133'], tfsec: ['aws-rds-enable-performance-insights'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const enabled = resource.attr('performance_insights_enabled');
    if (enabled && (!enabled.known || (enabled.value.kind === 'bool' && enabled.value.value))) return;
    report({
      at: enabled ?? resource,
      message: `${enabled ? 'performance_insights_enabled is false' : 'performance_insights_enabled is not set (default false)'}: database load by query, host and user is not recorded.`,
      fixes: [{ title: 'Turn on Performance Insights (7 days free; not every small instance class supports it)', edits: fix.set(resource, 'performance_insights_enabled', 'true') }],
    });
  },
});
