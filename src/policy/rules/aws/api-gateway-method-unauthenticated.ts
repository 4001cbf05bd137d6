import { defineRule } from '../../rule';

/**
 * A REST API method with `authorization = "NONE"` and no API key. OPTIONS methods (CORS
 * preflight) must stay open and are left alone, as is the misspelt "OPTION" (Trivy reads it so).
 */
export default defineRule({
  id: 'aws-api-gateway-method-unauthenticated',
  title: 'API Gateway method without authorization',
  severity: 'warning',
  category: 'security',
  targets: ['aws_api_gateway_method'],
  docs: {
    why: 'A method with authorization NONE accepts calls from anyone on the internet (unless the API is private or a resource policy restricts it). Endpoints meant for a front end or a partner are then open to scraping, abuse and brute force, and the backend must do all the checking itself.',
    fix: 'Set authorization to "AWS_IAM", "COGNITO_USER_POOLS" (with authorizer_id) or "CUSTOM" with a Lambda authorizer. For a deliberately public endpoint, require an API key with a usage plan for throttling, or suppress this finding with a reason.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-control-access-to-api.html'],
  },
  equivalents: { checkov: ['CKV_AWS_59'], trivy: ['AVD-AWS-0004'], tfsec: ['aws-api-gateway-no-public-access'] },
  check({ resource, report }) {
    const auth = resource.attr('authorization');
    if (!auth || auth.value.kind !== 'string' || auth.value.value !== 'NONE') return;
    const method = resource.attr('http_method')?.value;
    if (method?.kind !== 'string' || method.value === 'OPTIONS' || method.value === 'OPTION') return;
    const key = resource.attr('api_key_required');
    if (key && (!key.known || (key.value.kind === 'bool' && key.value.value))) return;
    report({ at: auth, message: `The ${method.value} method has authorization "NONE" and needs no API key: anyone who can reach the API can call it.` });
  },
});
