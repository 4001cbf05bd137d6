import { defineRule } from '../../rule';

/** REST API method settings (`aws_api_gateway_method_settings`) whose `settings` do not turn on caching. */
export default defineRule({
  id: 'aws-api-gateway-method-cache-disabled',
  title: 'API Gateway method settings do not cache responses',
  severity: 'info',
  category: 'reliability',
  targets: ['aws_api_gateway_method_settings'],
  docs: {
    why: 'Without response caching every request for these methods reaches the backend, so a burst of identical reads (a popular page, a retry storm, a scraper) lands on Lambda or the database at full cost and latency. Caching absorbs repeated reads for the TTL.',
    fix: 'Set settings { caching_enabled = true, cache_ttl_in_seconds = ... } for read methods, with cache_cluster_enabled = true on the stage (the cache cluster is billed by the hour) and cache_data_encrypted = true. Leave caching off for methods whose responses depend on the caller unless the cache key includes what identifies them.',
    links: ['https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html'],
  },
  equivalents: { trivy: ['AVD-AWS-0190'], tfsec: ['aws-api-gateway-enable-cache'] },
  check({ resource, report }) {
    if (resource.hasUnknownBlocks('settings')) return;
    const settings = resource.blocks('settings')[0];
    if (!settings) return;
    const caching = settings.attr('caching_enabled');
    if (caching && (!caching.known || (caching.value.kind === 'bool' && caching.value.value))) return;
    const path = resource.attr('method_path')?.value;
    report({
      at: caching ?? settings,
      message: `${caching ? 'caching_enabled is false' : 'caching_enabled is not set (default false)'}: responses for ${path?.kind === 'string' ? `"${path.value}"` : 'these methods'} are not cached, so every request reaches the backend.`,
    });
  },
});
