import { definePricer } from '../../pricer';

/** A copy of an EBS snapshot, often in another region for disaster recovery: billed as snapshot storage where it lives. */
export default definePricer({
  resource: 'aws_ebs_snapshot_copy',
  docs: 'Snapshot storage of the copy in its region, from usage storage_gb (a copy in another region is a full copy, not incremental). The cross-region data transfer of the copy is not included.',
  usage: { storage_gb: { unit: 'GB', description: 'Size of the copied snapshot.' } },
  price(ctx) {
    const tier = ctx.string('storage_tier');
    const archive = tier === 'archive';
    return [{ name: `Snapshot storage (${archive ? 'archive' : 'standard'} tier)`, unit: 'GB-months', priceKey: `ec2.ebs/${archive ? 'snapshot-archive' : 'snapshot'}`, usage: 'storage_gb' }];
  },
});
