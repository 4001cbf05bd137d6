import { definePricer, isUnknown, unknownComponent, type PriceContext } from '../../pricer';
import type { ResourceInstance } from '../../../terraform';
import { neptuneStorageConfig } from './neptune-cluster';
import { configured } from './rds-cluster-instance';

function clusterOf(ctx: PriceContext): ResourceInstance | undefined {
  const ref = ctx.referenced('cluster_identifier', 'aws_neptune_cluster');
  if (ref) return ref;
  const id = ctx.get('cluster_identifier');
  return id?.kind === 'string' ? ctx.resources('aws_neptune_cluster').find((c) => { const v = configured(c, 'cluster_identifier'); return v?.kind === 'string' && v.value === id.value; }) : undefined;
}

/**
 * A Neptune DB instance. Prices: feed neptune, "Neptune <family> Current Generation db <class>" and "Neptune IO
 * optimized <family> Current Generation db <class> General Purpose-Aurora" (per hour).
 */
export default definePricer({
  resource: 'aws_neptune_cluster_instance',
  infracostUsage: {
    monthly_cpu_credit_hrs: { unused: 'CPU credits of Neptune instances are not priced.' },
  },
  docs: 'Instance hours by instance_class, at the rate of the cluster\'s storage configuration (standard, or I/O-Optimized when the cluster\'s storage_type is "iopt1"; standard assumed when the cluster is not in the configuration). Neptune Serverless (db.serverless) capacity is not priced.',
  price(ctx) {
    const cls = ctx.string('instance_class');
    if (cls === undefined || isUnknown(cls)) return [unknownComponent('Database instance', 'hours', cls === undefined ? 'instance_class is not set' : cls.unknown)];
    if (cls === 'db.serverless') return [unknownComponent('Database instance (db.serverless)', 'NCU-hours', 'Neptune Serverless capacity (NCUs) varies with load and is not priced')];
    const cluster = clusterOf(ctx);
    const storage = configured(cluster, 'storage_type');
    if (storage?.kind === 'unknown') return [unknownComponent(`Database instance (${cls})`, 'hours', `the cluster's storage_type is ${storage.reason}${storage.source ? ` (${storage.source})` : ''}`)];
    const config = neptuneStorageConfig(storage?.kind === 'string' ? storage.value : undefined);
    return [{
      name: `Database instance (${cls}, ${config === 'io-optimized' ? 'I/O-Optimized' : 'standard'}${cluster ? '' : ' assumed: cluster not found'})`,
      unit: 'hours',
      priceKey: `neptune.instance/${cls}/${config}`,
      quantity: 1,
      per: 'hour',
      discount: 'neptune',
    }];
  },
});
