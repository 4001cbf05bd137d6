import { defineRule } from '../../rule';

/**
 * A WAFv2 web ACL that no `aws_wafv2_web_acl_logging_configuration` refers to (through
 * `resource_arn`). Silent when a logging configuration's `resource_arn` is unknown and does not
 * visibly point at a web ACL resource.
 */
export default defineRule({
  id: 'aws-wafv2-web-acl-logging-missing',
  title: 'WAFv2 web ACL without logging',
  severity: 'warning',
  category: 'security',
  targets: ['aws_wafv2_web_acl'],
  docs: {
    why: 'Without logging, WAF keeps only sampled requests for three hours and aggregate metrics: which requests were blocked, which rule matched and which attacks got through cannot be investigated, and false positives that block real users cannot be found.',
    fix: 'Add an aws_wafv2_web_acl_logging_configuration with resource_arn = aws_wafv2_web_acl.<name>.arn and log_destination_configs naming a CloudWatch log group, S3 bucket or Firehose stream whose name starts with "aws-waf-logs-". Use redacted_fields for headers that carry credentials. Log delivery is billed.',
    links: ['https://docs.aws.amazon.com/waf/latest/developerguide/logging.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_31'] },
  check({ resource, graph, report }) {
    if (graph.referencing(resource, 'aws_wafv2_web_acl_logging_configuration', 'resource_arn', 'arn').length > 0) return;
    const unsure = graph.ofType('aws_wafv2_web_acl_logging_configuration').some((r) => {
      const v = r.attr('resource_arn')?.value;
      return v?.kind === 'unknown' && !(v.source && /(^|\.)aws_wafv2_web_acl\.[^.]+/.test(v.source));
    });
    if (unsure) return;
    report({ at: resource, message: 'No aws_wafv2_web_acl_logging_configuration for this web ACL: the requests it allows and blocks are not logged.' });
  },
});
