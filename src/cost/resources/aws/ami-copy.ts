import { definePricer } from '../../pricer';

/** A copied AMI: its EBS snapshots are stored in full in the destination region. */
export default definePricer({
  resource: 'aws_ami_copy',
  docs: 'Snapshot storage of the AMI\'s copied EBS snapshots, from usage storage_gb (the total size of the image\'s volumes). The copy\'s data transfer is not included.',
  usage: { storage_gb: { unit: 'GB', description: 'Total size of the copied image\'s EBS snapshots.' } },
  price() {
    return [{ name: 'Snapshot storage of the copied image', unit: 'GB-months', priceKey: 'ec2.ebs/snapshot', usage: 'storage_gb' }];
  },
});
