import { definePricer } from '../../pricer';

/** Fast snapshot restore: every hour it is enabled for a snapshot in an Availability Zone is billed. */
export default definePricer({
  resource: 'aws_ebs_fast_snapshot_restore',
  docs: 'Hours that fast snapshot restore is enabled for one snapshot in one Availability Zone (one resource is one snapshot and one zone).',
  price() {
    return [{ name: 'Fast snapshot restore (one snapshot, one AZ)', unit: 'hours', priceKey: 'ec2.ebs/fast-snapshot-restore', quantity: 1, per: 'hour' }];
  },
});
