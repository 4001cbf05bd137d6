import { definePricer, isUnknown, unknownComponent, type ComponentSpec, type UsageValue, usageSum } from '../../pricer';

/** The Aurora storage configuration segment of a cluster's storage_type: aurora-iopt1 is I/O-Optimized. */
export function auroraStorageConfig(storageType: string | undefined): 'standard' | 'io-optimized' {
  return storageType === 'aurora-iopt1' ? 'io-optimized' : 'standard';
}

const MULTI_AZ_STORAGE = new Set(['io1', 'io2', 'gp3']);

export default definePricer({
  resource: 'aws_rds_cluster',
  infracostUsage: {
    capacity_units_per_hr: 'average_acus',
    write_requests_per_sec: { derive: 'monthly_io_requests', from: auroraIoRequests },
    read_requests_per_sec: { derive: 'monthly_io_requests', from: auroraIoRequests },
    backup_snapshot_size_gb: { unused: 'Kensa reads backup_storage_gb: the backup storage beyond the free allowance.' },
    average_statements_per_hr: { unused: 'Backtrack is not priced.' },
    change_records_per_statement: { unused: 'Backtrack is not priced.' },
    backtrack_window_hrs: { unused: 'Backtrack is not priced.' },
    snapshot_export_size_gb: { unused: 'Snapshot export is not priced.' },
  },
  docs: 'Aurora (aurora-mysql, aurora-postgresql): storage, I/O requests (Aurora Standard only; none with I/O-Optimized, storage_type = "aurora-iopt1"), Serverless v2 capacity as average ACUs when serverlessv2_scaling_configuration is set, and backup storage beyond the free allowance, all as usage; provisioned instances are priced with aws_rds_cluster_instance. Multi-AZ DB clusters (mysql, postgres with db_cluster_instance_class): the three instances, storage and provisioned IOPS. Aurora Serverless v1 and Extended Support of Aurora are not priced.',
  usage: {
    storage_gb: { unit: 'GB', description: 'Data stored in the Aurora cluster volume (average per month).' },
    monthly_io_requests: { unit: 'requests', description: 'Aurora I/O requests per month (Aurora Standard).' },
    average_acus: { unit: 'ACUs', description: 'Average Aurora Serverless v2 capacity over the month, all serverless instances of the cluster together.' },
    backup_storage_gb: { unit: 'GB', description: 'Backup storage beyond the free allowance (the cluster volume size) per month.' },
  },
  price(ctx) {
    const engine = ctx.string('engine') ?? 'aurora';
    if (isUnknown(engine)) return [unknownComponent('Cluster', 'hours', engine.unknown)];
    const storageType = ctx.string('storage_type');
    if (isUnknown(storageType)) return [unknownComponent('Storage', 'GB-months', storageType.unknown)];
    if (engine === 'mysql' || engine === 'postgres') {
      // a Multi-AZ DB cluster: one writer and two readable standbys, priced as a whole
      const cls = ctx.string('db_cluster_instance_class');
      const size = ctx.number('allocated_storage');
      const iops = ctx.number('iops');
      const type = storageType ?? 'io1';
      const out: ComponentSpec[] = [];
      const label = engine === 'mysql' ? 'MySQL' : 'PostgreSQL';
      if (cls === undefined || isUnknown(cls)) out.push(unknownComponent(`Multi-AZ DB cluster (${label}, 3 instances)`, 'hours', cls === undefined ? 'db_cluster_instance_class is not set' : cls.unknown));
      else out.push({ name: `Multi-AZ DB cluster (${label}, ${cls}, 3 instances)`, unit: 'hours', priceKey: `rds.instance/${engine}/none/${cls}/multi-az-cluster`, quantity: 1, per: 'hour', discount: 'rds' });
      if (!MULTI_AZ_STORAGE.has(type)) out.push(unknownComponent('Storage', 'GB-months', `storage_type "${type}" is not one Kensa prices`));
      else if (size === undefined || isUnknown(size)) out.push(unknownComponent(`Storage (${type})`, 'GB-months', size === undefined ? 'allocated_storage is not set' : size.unknown));
      else {
        out.push({ name: `Storage (${type}, 3 copies)`, unit: 'GB-months', priceKey: `rds.storage/${type}/multi-az-cluster`, quantity: size, per: 'month' });
        if (isUnknown(iops)) out.push(unknownComponent('Provisioned IOPS', 'IOPS-months', iops.unknown));
        // gp3 IOPS above the baseline of a cluster are not modelled: the baseline depends on striping
        else if (iops !== undefined && type !== 'gp3') out.push({ name: `Provisioned IOPS (${type})`, unit: 'IOPS-months', priceKey: `rds.iops/${type}/multi-az-cluster`, quantity: iops, per: 'month' });
      }
      out.push({ name: 'Backup storage beyond the free allowance', unit: 'GB', priceKey: 'rds.backup-storage', usage: 'backup_storage_gb' });
      return out;
    }
    if (engine !== 'aurora-mysql' && engine !== 'aurora-postgresql' && engine !== 'aurora') {
      return [unknownComponent('Cluster', 'hours', `engine "${engine}" is not one Kensa prices`)];
    }
    const mode = ctx.string('engine_mode');
    if (mode === 'serverless') return [unknownComponent('Aurora Serverless v1 capacity', 'ACU-hours', 'Aurora Serverless v1 is not in the catalogue')];
    const config = auroraStorageConfig(storageType);
    const configName = config === 'io-optimized' ? 'I/O-Optimized' : 'Standard';
    const out: ComponentSpec[] = [
      { name: `Storage (Aurora ${configName})`, unit: 'GB-months', priceKey: `aurora.storage/${config}`, usage: 'storage_gb' },
    ];
    if (config === 'standard') out.push({ name: 'I/O requests', unit: '1M requests', priceKey: 'aurora.io', unitScale: 1e6, rawUsage: true, usage: 'monthly_io_requests' });
    if (ctx.blocks('serverlessv2_scaling_configuration').length > 0) {
      const min = ctx.number('serverlessv2_scaling_configuration.min_capacity');
      const max = ctx.number('serverlessv2_scaling_configuration.max_capacity');
      const range = typeof min === 'number' && typeof max === 'number' ? `, ${min}-${max} ACUs` : '';
      out.push({
        name: `Serverless v2 capacity (Aurora ${configName}${range})`,
        // an average ACU count held for the 730 hours of the month
        unit: 'ACUs (average)',
        priceKey: `aurora.serverless-v2-acu/${config}`,
        unitScale: 730,
        usage: 'average_acus',
        discount: 'rds',
      });
    }
    out.push({ name: 'Backup storage beyond the free allowance', unit: 'GB', priceKey: 'aurora.backup-storage', usage: 'backup_storage_gb' });
    return out;
  },
});

/** Infracost's reads and writes per second as I/O requests a month (730 hours). */
function auroraIoRequests(read: (key: string) => UsageValue | undefined): number | undefined {
  const perSecond = usageSum(read, ['write_requests_per_sec', 'read_requests_per_sec']);
  return perSecond === undefined ? undefined : perSecond * 730 * 3600;
}
