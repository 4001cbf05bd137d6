import { defineRule } from '../../rule';

/** OpenSearch and Elasticsearch domains that do not publish audit logs to CloudWatch Logs. */
export default defineRule({
  id: 'aws-opensearch-audit-logs-disabled',
  title: 'OpenSearch audit logs are not published',
  severity: 'warning',
  category: 'security',
  targets: ['aws_opensearch_domain', 'aws_elasticsearch_domain'],
  docs: {
    why: 'Without audit logs there is no record of who authenticated, which indices they read or changed, and which requests were denied: a data access incident on the domain cannot be investigated.',
    fix: 'Turn on fine-grained access control (advanced_security_options) and add log_publishing_options { log_type = "AUDIT_LOGS", cloudwatch_log_group_arn = ... } with a log group resource policy that lets OpenSearch write to it.',
    links: ['https://docs.aws.amazon.com/opensearch-service/latest/developerguide/audit-logs.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0042'], tfsec: ['aws-elastic-search-enable-logging', 'aws-elastic-search-enable-domain-logging'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('log_publishing_options')) return;
    const audit = resource.blocks('log_publishing_options').find((b) => {
      const type = b.get('log_type');
      return !type || type.kind !== 'string' || type.value === 'AUDIT_LOGS';
    });
    const enabled = audit?.attr('enabled');
    if (audit && (!enabled || !enabled.known || (enabled.value.kind === 'bool' && enabled.value.value))) return;
    report({
      at: enabled ?? resource,
      message: enabled ? 'The AUDIT_LOGS publishing option is disabled: access to the domain\'s data is not recorded.' : 'No log_publishing_options block publishes AUDIT_LOGS: access to the domain\'s data is not recorded.',
    });
  },
});
