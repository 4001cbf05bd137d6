import { defineRule } from '../../rule';

/** An HTTP or WebSocket API stage (`aws_apigatewayv2_stage`) without access_log_settings. */
export default defineRule({
  id: 'aws-apigatewayv2-stage-access-logging-disabled',
  title: 'API Gateway HTTP/WebSocket stage without access logging',
  severity: 'warning',
  category: 'security',
  targets: ['aws_apigatewayv2_stage'],
  docs: {
    why: 'HTTP and WebSocket APIs log nothing unless access logging is configured: without it there is no trace of callers, source IPs or errors to investigate abuse or outages.',
    fix: 'Add access_log_settings { destination_arn = aws_cloudwatch_log_group.api.arn, format = jsonencode({...}) } with at least requestId, sourceIp, routeKey and status.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-logging.html'],
  },
  equivalents: { checkov: ['CKV_AWS_95'], trivy: ['AVD-AWS-0001'], tfsec: ['aws-api-gateway-enable-access-logging'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('access_log_settings') || resource.blocks('access_log_settings').length > 0) return;
    const name = resource.attr('name')?.value;
    report({ at: resource, message: `The stage${name?.kind === 'string' ? ` "${name.value}"` : ''} has no access_log_settings: calls to the API are not logged.` });
  },
});
