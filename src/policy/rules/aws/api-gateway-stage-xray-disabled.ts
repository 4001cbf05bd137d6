import { defineRule } from '../../rule';

/** A REST API stage without X-Ray tracing (`xray_tracing_enabled` defaults to false). */
export default defineRule({
  id: 'aws-api-gateway-stage-xray-disabled',
  title: 'API Gateway REST stage without X-Ray tracing',
  severity: 'warning',
  category: 'reliability',
  targets: ['aws_api_gateway_stage'],
  docs: {
    why: 'Without X-Ray tracing, a slow or failing request cannot be followed from API Gateway into the Lambda functions and services behind it, so latency and error investigations start blind.',
    fix: 'Set xray_tracing_enabled = true. API Gateway uses its service-linked role to send traces; X-Ray samples requests and bills traces beyond the free tier.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-xray.html'],
  },
  equivalents: { checkov: ['CKV_AWS_73'], trivy: ['AVD-AWS-0003'], tfsec: ['aws-api-gateway-enable-tracing'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const xray = resource.attr('xray_tracing_enabled');
    if (xray && (!xray.known || (xray.value.kind === 'bool' && xray.value.value))) return;
    report({
      at: xray ?? resource,
      message: xray ? 'xray_tracing_enabled is false: requests through this stage are not traced.' : 'xray_tracing_enabled is not set (default false): requests through this stage are not traced.',
      fixes: [{ title: 'Turn on X-Ray tracing', edits: fix.set(resource, 'xray_tracing_enabled', 'true') }],
    });
  },
});
