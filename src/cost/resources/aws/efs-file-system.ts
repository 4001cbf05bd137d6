import { definePricer, isUnknown, unknownComponent, type ComponentSpec } from '../../pricer';

export default definePricer({
  resource: 'aws_efs_file_system',
  infracostUsage: {
    monthly_infrequent_access_write_gb: { unused: 'Writes to Infrequent Access are not priced.' },
  },
  docs: 'Storage by class as usage: Standard (or One Zone when availability_zone_name is set), Infrequent Access (One Zone-IA), Archive (regional only), with reads from IA and Archive; and provisioned throughput (throughput_mode = "provisioned") per MiB/s, charged in full here (AWS deducts the throughput Standard storage already includes). Elastic throughput reads and writes and backups are not priced.',
  usage: {
    storage_gb: { unit: 'GB', description: 'Data in the Standard (or One Zone) class, average per month.' },
    infrequent_access_storage_gb: { unit: 'GB', description: 'Data in the Infrequent Access (or One Zone-IA) class, average per month.' },
    archive_storage_gb: { unit: 'GB', description: 'Data in the Archive class, average per month.' },
    monthly_infrequent_access_read_gb: { unit: 'GB', description: 'Data read from Infrequent Access per month.' },
    monthly_archive_read_gb: { unit: 'GB', description: 'Data read from Archive per month.' },
  },
  price(ctx) {
    const zone = ctx.string('availability_zone_name');
    if (zone !== undefined && isUnknown(zone)) return [unknownComponent('Storage', 'GB-months', zone.unknown)];
    const oneZone = zone !== undefined;
    const out: ComponentSpec[] = [
      { name: oneZone ? 'Storage (One Zone)' : 'Storage (Standard)', unit: 'GB-months', priceKey: oneZone ? 'efs.storage/one-zone' : 'efs.storage/standard', usage: 'storage_gb' },
      { name: oneZone ? 'Storage (One Zone-IA)' : 'Storage (Infrequent Access)', unit: 'GB-months', priceKey: oneZone ? 'efs.storage/one-zone-ia' : 'efs.storage/ia', usage: 'infrequent_access_storage_gb' },
      { name: 'Reads from Infrequent Access', unit: 'GB', priceKey: 'efs.access/ia/read', usage: 'monthly_infrequent_access_read_gb' },
    ];
    if (!oneZone) {
      out.push(
        { name: 'Storage (Archive)', unit: 'GB-months', priceKey: 'efs.storage/archive', usage: 'archive_storage_gb' },
        { name: 'Reads from Archive', unit: 'GB', priceKey: 'efs.access/archive/read', usage: 'monthly_archive_read_gb' },
      );
    }
    const mode = ctx.string('throughput_mode');
    if (mode !== undefined && isUnknown(mode)) out.push(unknownComponent('Provisioned throughput', 'MiBps-months', mode.unknown));
    else if (mode === 'provisioned') {
      const mibps = ctx.number('provisioned_throughput_in_mibps');
      if (mibps === undefined || isUnknown(mibps)) out.push(unknownComponent('Provisioned throughput', 'MiBps-months', mibps === undefined ? 'provisioned_throughput_in_mibps is not set' : mibps.unknown));
      else out.push({ name: 'Provisioned throughput', unit: 'MiBps-months', priceKey: 'efs.provisioned-throughput', quantity: mibps, per: 'month' });
    }
    return out;
  },
});
