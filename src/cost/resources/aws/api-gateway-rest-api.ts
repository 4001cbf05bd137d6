import { definePricer } from '../../pricer';

/** A REST API: API calls, tiered by volume. */
export default definePricer({
  resource: 'aws_api_gateway_rest_api',
  docs: 'API calls as usage, tiered (333 million, 1 billion, 20 billion a month). The cache is priced with aws_api_gateway_stage; data transfer out is not included.',
  usage: {
    monthly_requests: { unit: 'requests', description: 'API calls per month.' },
  },
  price() {
    return [{ name: 'Requests', unit: '1M requests', priceKey: 'apigateway.rest-requests', tiered: true, unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' }];
  },
});
