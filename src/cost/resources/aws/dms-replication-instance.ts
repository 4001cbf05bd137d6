import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

/**
 * A DMS replication instance. Prices: feed databasemigrationsvc, "DMS OnDemand Replication Server <family>
 * <size> <Single|Multiple> AZ" (per hour) and "DMS Storage Replication Storage <Single|Multiple> AZ" (gp2, per GB-month).
 */
export default definePricer({
  resource: 'aws_dms_replication_instance',
  docs: 'Instance hours by replication_instance_class, Single-AZ or Multi-AZ, and allocated_storage beyond the storage each instance includes (50 GB for T2 and T3 classes, 100 GB for the others, per the DMS pricing page). Data transfer out and DMS Serverless are not included.',
  price(ctx) {
    const cls = ctx.string('replication_instance_class');
    if (cls === undefined || isUnknown(cls)) return [unknownComponent('Replication instance', 'hours', cls === undefined ? 'replication_instance_class is not set' : cls.unknown)];
    const multi = ctx.bool('multi_az');
    if (isUnknown(multi)) return [unknownComponent(`Replication instance (${cls})`, 'hours', multi.unknown)];
    const az = multi === true ? 'multi-az' : 'single-az';
    const out: ComponentSpec[] = [{ name: `Replication instance (${cls}, ${multi === true ? 'Multi-AZ' : 'Single-AZ'})`, unit: 'hours', priceKey: `dms.instance/${cls}/${az}`, quantity: 1, per: 'hour' }];
    const included = /^dms\.t[23]\./.test(cls) ? 50 : 100;
    const storage = ctx.number('allocated_storage') ?? 50;
    if (isUnknown(storage)) out.push(unknownComponent('Storage (gp2)', 'GB-months', storage.unknown));
    else if (storage > included) out.push({ name: `Storage (gp2) beyond the included ${included} GB`, unit: 'GB-months', priceKey: `dms.storage/${az}`, quantity: storage - included, per: 'month' });
    return out;
  },
});
