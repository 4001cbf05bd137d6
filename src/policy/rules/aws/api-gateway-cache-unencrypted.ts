import { defineRule } from '../../rule';

/** `aws_api_gateway_method_settings` that turn caching on without `cache_data_encrypted`. */
export default defineRule({
  id: 'aws-api-gateway-cache-unencrypted',
  title: 'API Gateway cache not encrypted',
  severity: 'warning',
  category: 'security',
  targets: ['aws_api_gateway_method_settings'],
  docs: {
    why: 'The API Gateway cache stores whole responses, often personal data or tokens. Unless cache_data_encrypted is set, those responses sit unencrypted at rest in the cache cluster.',
    fix: 'Set cache_data_encrypted = true in the settings block wherever caching_enabled is true.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
  },
  equivalents: { checkov: ['CKV_AWS_308'], trivy: ['AVD-AWS-0002'], tfsec: ['aws-api-gateway-enable-cache-encryption'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    if (resource.hasUnknownBlocks('settings')) return;
    const settings = resource.blocks('settings')[0];
    const caching = settings?.attr('caching_enabled');
    if (!settings || caching?.value.kind !== 'bool' || !caching.value.value) return;
    const encrypted = settings.attr('cache_data_encrypted');
    if (encrypted && (!encrypted.known || (encrypted.value.kind === 'bool' && encrypted.value.value))) return;
    report({
      at: encrypted ?? caching,
      message: 'Caching is enabled but cache_data_encrypted is not true: cached responses are stored unencrypted.',
      fixes: [{ title: 'Encrypt the cache', edits: fix.ensure(resource, ['settings', 'cache_data_encrypted'], 'true') }],
    });
  },
});
