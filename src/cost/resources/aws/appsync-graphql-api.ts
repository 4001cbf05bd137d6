import { definePricer } from '../../pricer';

/** An AppSync GraphQL API. Prices: feed appsync, "API Query and Data Modifications Operations", "RealTime Updates per Messages", "RealTime Connection per Minutes". */
export default definePricer({
  resource: 'aws_appsync_graphql_api',
  docs: 'Query and data modification operations, real-time updates and real-time connection minutes as usage. Caching is priced per cache instance and not included.',
  usage: {
    monthly_requests: { unit: 'requests', description: 'Query and mutation operations per month.' },
    monthly_realtime_updates: { unit: 'messages', description: 'Real-time updates delivered per month.' },
    monthly_connection_minutes: { unit: 'minutes', description: 'Real-time connection minutes per month.' },
  },
  price() {
    return [
      { name: 'Queries and mutations', unit: '1M requests', priceKey: 'appsync.requests', unitScale: 1e6, rawUsage: true, usage: 'monthly_requests' },
      { name: 'Real-time updates', unit: '1M messages', priceKey: 'appsync.realtime-updates', unitScale: 1e6, rawUsage: true, usage: 'monthly_realtime_updates' },
      { name: 'Real-time connection minutes', unit: '1M minutes', priceKey: 'appsync.realtime-minutes', unitScale: 1e6, rawUsage: true, usage: 'monthly_connection_minutes' },
    ];
  },
});
