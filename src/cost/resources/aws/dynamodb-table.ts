import type { Value } from '../../../terraform';
import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

function regionOf(replica: Value): string {
  const r = replica.kind === 'object' ? replica.entries.get('region_name') : undefined;
  return r?.kind === 'string' ? r.value : 'replica';
}

export default definePricer({
  resource: 'aws_dynamodb_table',
  infracostUsage: {
    monthly_data_restored_gb: { unused: 'Restores are not priced.' },
    monthly_streams_read_request_units: { unused: 'DynamoDB Streams reads are not priced.' },
  },
  docs: 'On-demand (PAY_PER_REQUEST) read and write request units as usage, or provisioned read and write capacity hours; storage, point-in-time recovery and on-demand backups as usage; the Standard-Infrequent Access table class; and per replica (global tables) the replicated writes (or replicated write capacity) and its read capacity, at this region\'s rates. The free tier, reserved capacity and Streams reads are not counted.',
  usage: {
    monthly_read_request_units: { unit: 'request units', description: 'Read request units per month (on-demand).' },
    monthly_write_request_units: { unit: 'request units', description: 'Write request units per month (on-demand); each replica replicates them.' },
    storage_gb: { unit: 'GB', description: 'Table data and indexes stored (per table copy).' },
    pitr_backup_storage_gb: { unit: 'GB', description: 'Size of the table for continuous backups (point-in-time recovery).' },
    on_demand_backup_storage_gb: { unit: 'GB', description: 'On-demand backups stored.' },
  },
  price(ctx) {
    const mode = ctx.string('billing_mode') ?? 'PROVISIONED';
    const cls = ctx.string('table_class');
    if (isUnknown(mode)) return [unknownComponent('Table', 'request units', mode.unknown)];
    if (isUnknown(cls)) return [unknownComponent('Table', 'request units', cls.unknown)];
    const tier = cls === 'STANDARD_INFREQUENT_ACCESS' ? 'standard-ia' : 'standard';
    const tierName = tier === 'standard-ia' ? 'Standard-IA' : 'Standard';
    const replicas = ctx.blocks('replica');
    const out: ComponentSpec[] = [];
    if (mode === 'PAY_PER_REQUEST') {
      out.push(
        { name: `Read request units (${tierName})`, unit: '1M RRUs', priceKey: `dynamodb.read-request/${tier}`, unitScale: 1e6, rawUsage: true, usage: 'monthly_read_request_units' },
        { name: `Write request units (${tierName})`, unit: '1M WRUs', priceKey: `dynamodb.write-request/${tier}`, unitScale: 1e6, rawUsage: true, usage: 'monthly_write_request_units' },
      );
      for (const r of replicas) {
        out.push({ name: `Replicated write request units (${regionOf(r)})`, unit: '1M rWRUs', priceKey: `dynamodb.replicated-write-request/${tier}`, unitScale: 1e6, rawUsage: true, usage: 'monthly_write_request_units' });
      }
    } else {
      const read = ctx.number('read_capacity');
      const write = ctx.number('write_capacity');
      const capacity = (name: string, v: typeof read, key: string, unit: string): ComponentSpec =>
        v === undefined || isUnknown(v)
          ? unknownComponent(name, unit, v === undefined ? `${key === 'rcu' ? 'read' : 'write'}_capacity is not set` : v.unknown)
          : { name: `${name} (${v})`, unit, priceKey: `dynamodb.${key}/${tier}`, quantity: v, per: 'hour', discount: 'dynamodb' };
      out.push(capacity(`Read capacity, ${tierName}`, read, 'rcu', 'RCU-hours'), capacity(`Write capacity, ${tierName}`, write, 'wcu', 'WCU-hours'));
      for (const r of replicas) {
        out.push(capacity(`Replica ${regionOf(r)} write capacity`, write, 'replicated-wcu', 'rWCU-hours'), capacity(`Replica ${regionOf(r)} read capacity`, read, 'rcu', 'RCU-hours'));
      }
    }
    out.push({ name: `Storage (${tierName})`, unit: 'GB-months', priceKey: `dynamodb.storage/${tier}`, usage: 'storage_gb' });
    for (const r of replicas) out.push({ name: `Replica ${regionOf(r)} storage`, unit: 'GB-months', priceKey: `dynamodb.storage/${tier}`, usage: 'storage_gb' });
    const pitr = ctx.bool('point_in_time_recovery.enabled');
    if (isUnknown(pitr)) out.push(unknownComponent('Point-in-time recovery', 'GB-months', pitr.unknown));
    else if (pitr) out.push({ name: 'Point-in-time recovery', unit: 'GB-months', priceKey: 'dynamodb.pitr', usage: 'pitr_backup_storage_gb' });
    out.push({ name: 'On-demand backups', unit: 'GB-months', priceKey: 'dynamodb.backup', usage: 'on_demand_backup_storage_gb' });
    return out;
  },
});
