import { defineRule } from '../../rule';

/**
 * Performance Insights turned on without a customer managed KMS key. The data is still encrypted,
 * with the AWS managed key, so this is advice for accounts that control access through key policies.
 */
export default defineRule({
  id: 'aws-rds-performance-insights-aws-managed-key',
  title: 'Performance Insights data is encrypted with the AWS managed key',
  severity: 'info',
  category: 'security',
  targets: ['aws_db_instance', 'aws_rds_cluster_instance', 'aws_rds_cluster'],
  docs: {
    why: 'Performance Insights stores the text of the SQL statements the database runs, which can include personal data in literals. With the AWS managed key, anyone allowed to call the Performance Insights API in the account can read it; a customer managed key adds a key policy you control. The key can only be chosen when Performance Insights is first turned on.',
    fix: 'Set performance_insights_kms_key_id to the ARN of a customer managed KMS key (the one used for storage encryption is a good choice).',
    links: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_PerfInsights.Enabling.html'],
  },
  equivalents: { checkov: ['CKV_AWS_354'], trivy: ['AVD-AWS-0078'], tfsec: ['aws-rds-enable-performance-insights-encryption'] },
  check({ resource, report }) {
    const enabled = resource.attr('performance_insights_enabled');
    if (!enabled || enabled.value.kind !== 'bool' || !enabled.value.value) return;
    const key = resource.attr('performance_insights_kms_key_id');
    // an empty string (or null) sets no key: AWS uses its managed one
    if (key && !(key.value.kind === 'string' && key.value.value === '')) return;
    report({ at: enabled, message: 'Performance Insights is on without performance_insights_kms_key_id: its data, including SQL text, is encrypted with the AWS managed key rather than one whose policy you control.' });
  },
});
