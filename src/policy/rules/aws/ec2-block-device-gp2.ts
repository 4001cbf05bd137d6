import { defineRule } from '../../rule';
import type { BlockView } from '../../resource-view';
import type { TextEdit } from '../../../text';
import type { FixBuilder } from '../../fixes';
import { BLOCK_DEVICE_TARGETS, blockDevicesOf } from './ec2-block-devices';

/**
 * The gp3 settings that keep a gp2 volume of `size` GiB at least as fast: gp3's baseline is 3,000
 * IOPS and 125 MiB/s; gp2 gives 3 IOPS per GiB (up to 16,000) and up to 250 MiB/s above 170 GiB.
 */
function gp3Settings(size: number): Record<string, string> {
  const out: Record<string, string> = {};
  const iops = Math.min(16000, size * 3);
  if (iops > 3000) out['iops'] = String(iops);
  if (size > 170) out['throughput'] = '250';
  return out;
}

function numberAttr(block: BlockView, name: string): number | undefined {
  const v = block.attr(name)?.value;
  return v?.kind === 'number' ? v.value : undefined;
}

/** Sets the type to gp3, with iops/throughput when the size needs them and they are not set. */
function toGp3(fix: FixBuilder, block: BlockView, typeAttr: string, size: number): TextEdit[] {
  const extra = gp3Settings(size);
  for (const k of Object.keys(extra)) if (block.attr(k)) delete extra[k];
  return fix.setAll(block, { [typeAttr]: '"gp3"', ...extra });
}

/**
 * gp2 block devices of instances, launch templates and launch configurations (standalone
 * `aws_ebs_volume`s are aws-ebs-volume-gp2's). The fix moves to gp3 (an in-place modification, no
 * downtime) when the size is known, adding iops and throughput where a large gp2 volume would
 * otherwise get slower.
 */
export default defineRule({
  id: 'aws-ec2-block-device-gp2',
  title: 'EC2 block device uses gp2 instead of gp3',
  severity: 'info',
  category: 'cost',
  targets: [...BLOCK_DEVICE_TARGETS],
  docs: {
    why: 'gp3 storage costs 20% less per GiB than gp2 in every region and gives every volume 3,000 IOPS and 125 MiB/s regardless of size, where a small gp2 volume gets 3 IOPS per GiB and relies on burst credits. A volume can be changed from gp2 to gp3 in place with Elastic Volumes, without detaching it or stopping the instance.',
    fix: 'Set volume_type = "gp3" in root_block_device, ebs_block_device or a launch template\'s block_device_mappings ebs block. For gp2 volumes above 1,000 GiB also set iops to 3 x size (up to 16,000), and above 170 GiB set throughput = 250, to keep their gp2 performance; both still cost less than gp2.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/general-purpose.html', 'https://aws.amazon.com/ebs/pricing/', 'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-modify-volume.html'],
  },
  fix: 'safe',
  check({ resource, report, fix }) {
    for (const device of blockDevicesOf(resource)) {
      const type = device.settings.attr('volume_type');
      if (type?.value.kind !== 'string' || type.value.value !== 'gp2') continue;
      const size = numberAttr(device.settings, 'volume_size');
      report({
        at: type,
        message: `${device.label.charAt(0).toUpperCase() + device.label.slice(1)} is gp2: gp3 costs 20% less per GiB and has a 3,000 IOPS baseline at any size.${size === undefined ? ' Its size comes from the AMI, so choose iops/throughput by hand if it is above 170 GiB.' : ''}`,
        fixes: size === undefined ? [] : [{ title: 'Use gp3', edits: toGp3(fix, device.settings, 'volume_type', size) }],
      });
    }
  },
});
