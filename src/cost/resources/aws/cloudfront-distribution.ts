import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/** AWS's published monthly fee for a dedicated-IP custom SSL certificate (ssl_support_method "vip"). */
const DEDICATED_IP_SSL_MONTHLY = 600;

/** A CloudFront distribution: data transfer out, requests, transfer to the origin. */
export default definePricer({
  resource: 'aws_cloudfront_distribution',
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
