import { defineRule } from '../../rule';
import { BLOCK_DEVICE_TARGETS, blockDevicesOf } from './ec2-block-devices';

/**
 * io1 Provisioned IOPS volumes (`aws_ebs_volume` and block devices). io2 has the same storage and
 * IOPS prices up to 32,000 IOPS, cheaper IOPS above that, and 100 times the durability; a volume
 * changes type in place with Elastic Volumes.
 */
export default defineRule({
  id: 'aws-ebs-io1-volume',
  title: 'EBS volume uses io1 instead of io2',
  severity: 'info',
  category: 'cost',
  targets: ['aws_ebs_volume', ...BLOCK_DEVICE_TARGETS],
  docs: {
    why: 'io2 volumes cost the same as io1 per GiB and per provisioned IOPS (less above 32,000 IOPS), are designed for 99.999% durability instead of 99.8-99.9%, and allow more IOPS per GiB. Staying on io1 pays the same for a volume that is 100 times more likely to fail.',
    fix: 'Set type = "io2" (volume_type in block devices). Existing volumes are modified in place without downtime; the iops setting stays valid since io2 allows up to 1,000 IOPS per GiB against io1\'s 50.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/provisioned-iops.html', 'https://aws.amazon.com/ebs/pricing/', 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modify-volume.html'],
  },
  fix: 'safe',
  check({ resource, report, fix }) {
    const candidates = resource.resourceType === 'aws_ebs_volume' ? [{ block: resource, name: 'type' }] : blockDevicesOf(resource).map((d) => ({ block: d.settings, name: 'volume_type' }));
    for (const { block, name } of candidates) {
      const type = block.attr(name);
      if (type?.value.kind !== 'string' || type.value.value !== 'io1') continue;
      report({
        at: type,
        message: `${name} = "io1": io2 costs the same per GiB and per IOPS and is designed for 100 times the durability (99.999%).`,
        fixes: [{ title: 'Use io2', edits: fix.set(block, name, '"io2"') }],
      });
    }
  },
});
