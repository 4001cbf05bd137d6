import { definePricer } from '../../pricer';

export default definePricer({
  resource: 'aws_db_proxy',
  docs: 'RDS Proxy per vCPU-hour of the provisioned database instances behind it, and per ACU-hour of Aurora Serverless v2 capacity behind it, both as usage (the targets\' capacity, averaged over the month).',
  usage: {
    target_vcpus: { unit: 'vCPUs', description: 'vCPUs of the provisioned DB instances the proxy fronts (db.r6g.large: 2), averaged over the month.' },
    target_serverless_acus: { unit: 'ACUs', description: 'Average Aurora Serverless v2 capacity of the clusters the proxy fronts.' },
  },
  price(ctx) {
    const family = ctx.string('engine_family');
    const label = family === 'MYSQL' ? 'MySQL' : family === 'POSTGRESQL' ? 'PostgreSQL' : family === 'SQLSERVER' ? 'SQL Server' : undefined;
    return [
      // an average capacity held for the 730 hours of the month
      { name: `Proxy, provisioned instances${label ? ` (${label})` : ''}`, unit: 'vCPUs (average)', priceKey: 'rds.proxy/provisioned', unitScale: 730, usage: 'target_vcpus' },
      { name: 'Proxy, Aurora Serverless v2', unit: 'ACUs (average)', priceKey: 'rds.proxy/serverless', unitScale: 730, usage: 'target_serverless_acus' },
    ];
  },
});
