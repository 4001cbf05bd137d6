import { defineRule } from '../../rule';

/**
 * A REST API stage that no WAF web ACL is associated with in this configuration
 * (`aws_wafv2_web_acl_association` or `aws_wafregional_web_acl_association` with the stage's ARN).
 */
export default defineRule({
  id: 'aws-api-gateway-stage-waf-missing',
  title: 'API Gateway REST stage without a WAF web ACL',
  severity: 'info',
  category: 'security',
  targets: ['aws_api_gateway_stage'],
  docs: {
    why: 'AWS WAF in front of a public API blocks common exploits (SQL injection, known bad inputs), rate-limits abusive clients and filters bot traffic before requests reach your backend and your bill. Without it, only throttling settings stand in the way.',
    fix: 'Create an aws_wafv2_web_acl with scope = "REGIONAL" (starting from the AWS managed rule groups and a rate-based rule) and an aws_wafv2_web_acl_association with resource_arn = aws_api_gateway_stage.<name>.arn. Private APIs may not need it.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-aws-waf.html'],
  },
  equivalents: { checkov: ['CKV2_AWS_29'] },
  check({ resource, graph, report }) {
    const associated = graph.referencing(resource, 'aws_wafv2_web_acl_association', 'resource_arn').length > 0
      || graph.referencing(resource, 'aws_wafregional_web_acl_association', 'resource_arn').length > 0;
    if (associated) return;
    // an association written with a plain-text ARN or managed elsewhere cannot be matched: stay quiet if any association has an unknown target
    const opaque = [...graph.ofType('aws_wafv2_web_acl_association'), ...graph.ofType('aws_wafregional_web_acl_association')].some((a) => {
      const v = a.attr('resource_arn')?.value;
      return !v || (v.kind === 'string' && /:\/restapis\//.test(v.value)) || (v.kind === 'unknown' && !v.source?.startsWith('aws_'));
    });
    if (opaque) return;
    const stage = resource.attr('stage_name')?.value;
    report({ at: resource, message: `No WAF web ACL is associated with the stage${stage?.kind === 'string' ? ` "${stage.value}"` : ''}: requests reach the API unfiltered.` });
  },
});
