import { definePricer, isUnknown, unknownComponent } from '../../pricer';

const NAMES: Readonly<Record<string, string>> = { redis: 'Redis OSS', valkey: 'Valkey', memcached: 'Memcached' };

export default definePricer({
  resource: 'aws_elasticache_serverless_cache',
  docs: 'ElastiCache Serverless data stored (average GB over the month, billed per GB-hour) and ElastiCache Processing Units, both as usage, by engine (Redis OSS, Valkey, Memcached). The minimum billed storage per engine and snapshot storage are not applied.',
  usage: {
    average_data_stored_gb: { unit: 'GB', description: 'Average data stored over the month.' },
    monthly_ecpus: { unit: 'ECPUs', description: 'ElastiCache Processing Units consumed per month.' },
  },
  price(ctx) {
    const engine = ctx.string('engine');
    if (engine === undefined || isUnknown(engine)) return [unknownComponent('Data stored', 'GB', engine === undefined ? 'engine is not set' : engine.unknown)];
    if (!NAMES[engine]) return [unknownComponent('Data stored', 'GB', `engine "${engine}" is not one Kensa prices`)];
    return [
      // an average held for the 730 hours of the month
      { name: `Data stored (${NAMES[engine]})`, unit: 'GB (average)', priceKey: `elasticache.serverless-storage/${engine}`, unitScale: 730, usage: 'average_data_stored_gb' },
      { name: `Processing units (${NAMES[engine]})`, unit: '1M ECPUs', priceKey: `elasticache.serverless-ecpu/${engine}`, unitScale: 1e6, rawUsage: true, usage: 'monthly_ecpus' },
    ];
  },
});
