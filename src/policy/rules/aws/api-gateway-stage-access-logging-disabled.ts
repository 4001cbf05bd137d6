import { defineRule } from '../../rule';

/** A REST API stage (`aws_api_gateway_stage`) without an access_log_settings block. */
export default defineRule({
  id: 'aws-api-gateway-stage-access-logging-disabled',
  title: 'API Gateway REST stage without access logging',
  severity: 'warning',
  category: 'security',
  targets: ['aws_api_gateway_stage'],
  docs: {
    why: 'Without access logs there is no record of who called the API, from which IP, with what result: abuse, credential stuffing and data scraping through the API go unnoticed, and incidents cannot be investigated afterwards.',
    fix: 'Add access_log_settings { destination_arn = aws_cloudwatch_log_group.api.arn, format = jsonencode({...}) } with at least requestId, sourceIp, identity, httpMethod, resourcePath and status. The account needs an API Gateway CloudWatch role (aws_api_gateway_account).',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html'],
  },
  equivalents: { checkov: ['CKV_AWS_76'], trivy: ['AVD-AWS-0001'], tfsec: ['aws-api-gateway-enable-access-logging'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('access_log_settings') || resource.blocks('access_log_settings').length > 0) return;
    const stage = resource.attr('stage_name')?.value;
    report({ at: resource, message: `The stage${stage?.kind === 'string' ? ` "${stage.value}"` : ''} has no access_log_settings: calls to the API are not logged.` });
  },
});
