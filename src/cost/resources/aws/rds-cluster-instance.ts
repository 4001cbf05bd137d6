import type { ResourceInstance, Value } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type PriceContext } from '../../pricer';
import { auroraStorageConfig } from './rds-cluster';

/** An attribute as configured on another resource (not its computed value); undefined when not written. */
export function configured(r: ResourceInstance | undefined, name: string): Value | undefined {
  return r?.body.attributes.get(name)?.value;
}

function stringAttr(r: ResourceInstance | undefined, name: string): string | undefined {
  const v = configured(r, name);
  return v?.kind === 'string' ? v.value : undefined;
}

/** The cluster of an instance: by reference, or by a literal cluster_identifier equal to the cluster's. */
function clusterOf(ctx: PriceContext): ResourceInstance | undefined {
  const ref = ctx.referenced('cluster_identifier', 'aws_rds_cluster');
  if (ref) return ref;
  const id = ctx.get('cluster_identifier');
  return id?.kind === 'string' ? ctx.resources('aws_rds_cluster').find((c) => stringAttr(c, 'cluster_identifier') === id.value) : undefined;
}

export default definePricer({
  resource: 'aws_rds_cluster_instance',
  infracostUsage: {
    reserved_instance_term: { reservation: true },
    reserved_instance_payment_option: { reservation: true },
    monthly_cpu_credit_hrs: { unused: 'CPU credits of Aurora instances are not priced.' },
    vcpu_count: { unused: 'CPU credits of Aurora instances are not priced.' },
    monthly_additional_performance_insights_requests: { unused: 'Performance Insights API requests are not priced.' },
    capacity_units_per_hr: { unused: 'Kensa reads Serverless v2 capacity as average_acus on the aws_rds_cluster.' },
  },
  docs: 'Aurora instance hours by engine and class, at the rate of the cluster\'s storage configuration (Standard, or I/O-Optimized when the cluster\'s storage_type is "aurora-iopt1"; Standard assumed when the cluster is not in the configuration). db.serverless instances are priced at the cluster as average ACUs.',
  price(ctx) {
    const cluster = clusterOf(ctx);
    const engine = ctx.string('engine') ?? stringAttr(cluster, 'engine') ?? 'aurora';
    const cls = ctx.string('instance_class');
    if (isUnknown(engine)) return [unknownComponent('Aurora instance', 'hours', engine.unknown)];
    if (cls === undefined || isUnknown(cls)) return [unknownComponent('Aurora instance', 'hours', cls === undefined ? 'instance_class is not set' : cls.unknown)];
    const family = engine === 'aurora-postgresql' ? 'postgresql' : engine === 'aurora-mysql' || engine === 'aurora' ? 'mysql' : undefined;
    if (!family) return [unknownComponent('Aurora instance', 'hours', `engine "${engine}" is not an Aurora engine`)];
    const label = family === 'mysql' ? 'Aurora MySQL' : 'Aurora PostgreSQL';
    if (cls === 'db.serverless') {
      return [{ name: `Serverless v2 instance (${label}): capacity priced on ${cluster?.address ?? 'the cluster'} as average_acus`, unit: 'hours', quantity: 0, per: 'hour', price: 0 }];
    }
    const clusterStorage = configured(cluster, 'storage_type');
    if (clusterStorage?.kind === 'unknown') return [unknownComponent(`Aurora instance (${label}, ${cls})`, 'hours', `the cluster's storage_type is ${clusterStorage.reason}${clusterStorage.source ? ` (${clusterStorage.source})` : ''}`)];
    const config = auroraStorageConfig(clusterStorage?.kind === 'string' ? clusterStorage.value : undefined);
    const configName = config === 'io-optimized' ? 'I/O-Optimized' : 'Standard';
    return [{
      name: `Aurora instance (${label}, ${cls}, ${configName}${cluster ? '' : ' assumed: cluster not found'})`,
      unit: 'hours',
      priceKey: `aurora.instance/${family}/${cls}/${config}`,
      quantity: 1,
      per: 'hour',
      discount: 'rds',
    }];
  },
});
