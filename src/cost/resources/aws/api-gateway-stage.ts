import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** Cache sizes API Gateway offers, in GB, as cache_cluster_size takes them. */
const SIZES = new Set(['0.5', '1.6', '6.1', '13.5', '28.4', '58.2', '118', '237']);

/** A REST API stage: its cache cluster by the hour, when enabled. */
export default definePricer({
  resource: 'aws_api_gateway_stage',
  docs: 'The stage\'s cache cluster by the hour, by cache size (0.5 GB by default), when cache_cluster_enabled; a stage without a cache costs nothing itself (requests are priced with aws_api_gateway_rest_api).',
  price(ctx) {
    const enabled = ctx.bool('cache_cluster_enabled');
    if (isUnknown(enabled)) return [unknownComponent('Cache', 'hours', enabled.unknown)];
    if (!enabled) return [];
    const size = ctx.string('cache_cluster_size') ?? '0.5';
    if (isUnknown(size)) return [unknownComponent('Cache', 'hours', size.unknown)];
    if (!SIZES.has(size)) return [unknownComponent('Cache', 'hours', `cache_cluster_size "${size}" is not a size API Gateway offers`)];
    return [{ name: `Cache (${size} GB)`, unit: 'hours', priceKey: `apigateway.cache/${size}`, quantity: 1, per: 'hour' }];
  },
});
