import { definePricer, isUnknown, unknownComponent } from '../../pricer';

/** An EBS snapshot: storage of the blocks it holds, standard or archive tier. */
export default definePricer({
  resource: 'aws_ebs_snapshot',
  infracostUsage: {
    monthly_list_block_requests: { unused: 'EBS direct API requests are not priced.' },
    monthly_get_block_requests: { unused: 'EBS direct API requests are not priced.' },
    monthly_put_block_requests: { unused: 'EBS direct API requests are not priced.' },
    fast_snapshot_restore_hours: { unused: 'Fast snapshot restore is priced with aws_ebs_fast_snapshot_restore.' },
  },
  docs: 'Snapshot storage in the standard or archive tier as usage: a snapshot stores only the blocks changed since the previous one (archive: the full volume), so its size is not known from the configuration. Fast snapshot restore and restores from archive are not priced.',
  usage: {
    storage_gb: { unit: 'GB', description: 'Data stored by the snapshot (incremental: the blocks changed since the previous snapshot; archived snapshots store the full volume).' },
  },
  price(ctx) {
    const tier = ctx.string('storage_tier') ?? 'standard';
    if (isUnknown(tier)) return [unknownComponent('Snapshot storage', 'GB-months', tier.unknown)];
    const archive = tier === 'archive';
    return [{ name: `Snapshot storage (${archive ? 'archive' : 'standard'})`, unit: 'GB-months', priceKey: archive ? 'ec2.ebs/snapshot-archive' : 'ec2.ebs/snapshot', usage: 'storage_gb' }];
  },
});
