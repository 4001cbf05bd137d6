import { definePricer, isUnknown, unknownComponent, type ComponentSpec, usageSum } from '../../pricer';

/** AWS's published monthly fee for a dedicated-IP custom SSL certificate (ssl_support_method "vip"). */
const DEDICATED_IP_SSL_MONTHLY = 600;

/** A CloudFront distribution: data transfer out, requests, transfer to the origin. */
export default definePricer({
  resource: 'aws_cloudfront_distribution',
  infracostUsage: {
    'monthly_data_transfer_to_internet_gb.us': { derive: 'monthly_data_transfer_to_internet_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_internet_gb.${a}`)) },
    'monthly_data_transfer_to_internet_gb.europe': { derive: 'monthly_data_transfer_to_internet_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_internet_gb.${a}`)) },
    'monthly_data_transfer_to_internet_gb.south_africa': { derive: 'monthly_data_transfer_to_internet_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_internet_gb.${a}`)) },
    'monthly_data_transfer_to_internet_gb.south_america': { derive: 'monthly_data_transfer_to_internet_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_internet_gb.${a}`)) },
    'monthly_data_transfer_to_internet_gb.japan': { derive: 'monthly_data_transfer_to_internet_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_internet_gb.${a}`)) },
    'monthly_data_transfer_to_internet_gb.australia': { derive: 'monthly_data_transfer_to_internet_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_internet_gb.${a}`)) },
    'monthly_data_transfer_to_internet_gb.asia_pacific': { derive: 'monthly_data_transfer_to_internet_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_internet_gb.${a}`)) },
    'monthly_data_transfer_to_internet_gb.india': { derive: 'monthly_data_transfer_to_internet_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_internet_gb.${a}`)) },
    'monthly_data_transfer_to_origin_gb.us': { derive: 'monthly_data_transfer_to_origin_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_origin_gb.${a}`)) },
    'monthly_data_transfer_to_origin_gb.europe': { derive: 'monthly_data_transfer_to_origin_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_origin_gb.${a}`)) },
    'monthly_data_transfer_to_origin_gb.south_africa': { derive: 'monthly_data_transfer_to_origin_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_origin_gb.${a}`)) },
    'monthly_data_transfer_to_origin_gb.south_america': { derive: 'monthly_data_transfer_to_origin_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_origin_gb.${a}`)) },
    'monthly_data_transfer_to_origin_gb.japan': { derive: 'monthly_data_transfer_to_origin_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_origin_gb.${a}`)) },
    'monthly_data_transfer_to_origin_gb.australia': { derive: 'monthly_data_transfer_to_origin_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_origin_gb.${a}`)) },
    'monthly_data_transfer_to_origin_gb.asia_pacific': { derive: 'monthly_data_transfer_to_origin_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_origin_gb.${a}`)) },
    'monthly_data_transfer_to_origin_gb.india': { derive: 'monthly_data_transfer_to_origin_gb', from: (read) => usageSum(read, AREAS.map((a) => `monthly_data_transfer_to_origin_gb.${a}`)) },
    'monthly_http_requests.us': { derive: 'monthly_http_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_http_requests.${a}`)) },
    'monthly_http_requests.europe': { derive: 'monthly_http_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_http_requests.${a}`)) },
    'monthly_http_requests.south_africa': { derive: 'monthly_http_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_http_requests.${a}`)) },
    'monthly_http_requests.south_america': { derive: 'monthly_http_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_http_requests.${a}`)) },
    'monthly_http_requests.japan': { derive: 'monthly_http_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_http_requests.${a}`)) },
    'monthly_http_requests.australia': { derive: 'monthly_http_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_http_requests.${a}`)) },
    'monthly_http_requests.asia_pacific': { derive: 'monthly_http_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_http_requests.${a}`)) },
    'monthly_http_requests.india': { derive: 'monthly_http_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_http_requests.${a}`)) },
    'monthly_https_requests.us': { derive: 'monthly_https_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_https_requests.${a}`)) },
    'monthly_https_requests.europe': { derive: 'monthly_https_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_https_requests.${a}`)) },
    'monthly_https_requests.south_africa': { derive: 'monthly_https_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_https_requests.${a}`)) },
    'monthly_https_requests.south_america': { derive: 'monthly_https_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_https_requests.${a}`)) },
    'monthly_https_requests.japan': { derive: 'monthly_https_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_https_requests.${a}`)) },
    'monthly_https_requests.australia': { derive: 'monthly_https_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_https_requests.${a}`)) },
    'monthly_https_requests.asia_pacific': { derive: 'monthly_https_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_https_requests.${a}`)) },
    'monthly_https_requests.india': { derive: 'monthly_https_requests', from: (read) => usageSum(read, AREAS.map((a) => `monthly_https_requests.${a}`)) },
    'monthly_shield_requests.*': { unused: 'Origin Shield requests are not priced.' },
    monthly_invalidation_requests: { unused: 'Invalidations are not priced.' },
    monthly_encryption_requests: { unused: 'Field-level encryption requests are not priced.' },
    monthly_log_lines: { unused: 'Real-time logs are not priced.' },
    custom_ssl_certificates: { unused: 'Dedicated-IP custom SSL certificates are not priced.' },
  },
  docs: 'Data transfer to the internet (tiered), HTTPS and HTTP requests and data transfer to the origin, as usage, all priced at the United States/Europe rates, the cheapest area and the one every price class serves (a simplification: traffic served from other areas under PriceClass_200 or PriceClass_All costs up to twice as much per GB); dedicated-IP custom SSL at $600 a month (AWS charges it per certificate: distributions sharing one pay once). Origin Shield, functions, invalidations beyond the free 1,000 paths and real-time logs are not priced.',
  usage: {
    monthly_data_transfer_to_internet_gb: { unit: 'GB', description: 'Data transferred from the edge to viewers per month.' },
    monthly_data_transfer_to_origin_gb: { unit: 'GB', description: 'Data sent from the edge to the origin (POST, PUT, uploads) per month.' },
    monthly_https_requests: { unit: 'requests', description: 'HTTPS requests per month.' },
    monthly_http_requests: { unit: 'requests', description: 'HTTP requests per month.' },
  },
  price(ctx) {
    const priceClass = ctx.string('price_class') ?? 'PriceClass_All';
    if (isUnknown(priceClass)) return [unknownComponent('Data transfer out', 'GB', priceClass.unknown)];
    const area = 'united-states';
    const out: ComponentSpec[] = [
      { name: `Data transfer out (${priceClass}: US/Europe rates)`, unit: 'GB', priceKey: `cloudfront.transfer-out/${area}`, tiered: true, usage: 'monthly_data_transfer_to_internet_gb' },
      { name: 'HTTPS requests (US/Europe rates)', unit: '10k requests', priceKey: `cloudfront.requests/${area}/https`, unitScale: 1e4, rawUsage: true, usage: 'monthly_https_requests' },
      { name: 'HTTP requests (US/Europe rates)', unit: '10k requests', priceKey: `cloudfront.requests/${area}/http`, unitScale: 1e4, rawUsage: true, usage: 'monthly_http_requests' },
      { name: 'Data transfer to origin (US/Europe rates)', unit: 'GB', priceKey: `cloudfront.transfer-origin/${area}`, usage: 'monthly_data_transfer_to_origin_gb' },
    ];
    const ssl = ctx.string('viewer_certificate.ssl_support_method');
    if (ssl === 'vip') out.push({ name: 'Dedicated IP custom SSL certificate', unit: 'months', price: DEDICATED_IP_SSL_MONTHLY, quantity: 1, per: 'month' });
    return out;
  },
});

/** Infracost's edge areas: Kensa adds them up and prices them at the US/Europe rates (see docs). */
const AREAS = ['us', 'europe', 'south_africa', 'south_america', 'japan', 'australia', 'asia_pacific', 'india'] as const;
