import { definePricer, isUnknown, unknownComponent, type PriceContext } from '../../pricer';
import type { ResourceInstance } from '../../../terraform';
import { docdbStorageConfig } from './docdb-cluster';
import { configured } from './rds-cluster-instance';

function clusterOf(ctx: PriceContext): ResourceInstance | undefined {
  const ref = ctx.referenced('cluster_identifier', 'aws_docdb_cluster');
  if (ref) return ref;
  const id = ctx.get('cluster_identifier');
  return id?.kind === 'string' ? ctx.resources('aws_docdb_cluster').find((c) => { const v = configured(c, 'cluster_identifier'); return v?.kind === 'string' && v.value === id.value; }) : undefined;
}

export default definePricer({
  resource: 'aws_docdb_cluster_instance',
  infracostUsage: {
    data_storage_gb: { unused: 'Kensa reads storage_gb on the aws_docdb_cluster.' },
    monthly_io_requests: { unused: 'Kensa reads monthly_io_requests on the aws_docdb_cluster.' },
    monthly_cpu_credit_hrs: { unused: 'CPU credits of DocumentDB instances are not priced.' },
  },
  docs: 'Instance hours by class, at the rate of the cluster\'s storage configuration (standard, or I/O-Optimized when the cluster\'s storage_type is "iopt1"; standard assumed when the cluster is not in the configuration).',
  price(ctx) {
    const cls = ctx.string('instance_class');
    if (cls === undefined || isUnknown(cls)) return [unknownComponent('DocumentDB instance', 'hours', cls === undefined ? 'instance_class is not set' : cls.unknown)];
    const cluster = clusterOf(ctx);
    const storage = configured(cluster, 'storage_type');
    if (storage?.kind === 'unknown') return [unknownComponent(`DocumentDB instance (${cls})`, 'hours', `the cluster's storage_type is ${storage.reason}${storage.source ? ` (${storage.source})` : ''}`)];
    const config = docdbStorageConfig(storage?.kind === 'string' ? storage.value : undefined);
    return [{
      name: `DocumentDB instance (${cls}, ${config === 'io-optimized' ? 'I/O-Optimized' : 'standard'}${cluster ? '' : ' assumed: cluster not found'})`,
      unit: 'hours',
      priceKey: `docdb.instance/${cls}/${config}`,
      quantity: 1,
      per: 'hour',
      discount: 'docdb',
    }];
  },
});
