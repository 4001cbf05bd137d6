import { defineRule } from '../../rule';
import { BLOCK_DEVICE_TARGETS, blockDevicesOf, boolOf } from './ec2-block-devices';

/** Block devices with `delete_on_termination = false`: the volume outlives its instance. */
export default defineRule({
  id: 'aws-ec2-volume-kept-after-termination',
  title: 'EBS volume kept after its instance is terminated',
  severity: 'info',
  category: 'cost',
  targets: [...BLOCK_DEVICE_TARGETS],
  docs: {
    why: 'With delete_on_termination = false, terminating the instance leaves the volume behind, detached and still billed. In Auto Scaling groups and instances that are replaced on change, every scale-in or replacement adds another orphaned volume, which nobody notices until the bill does.',
    fix: 'Leave delete_on_termination at true (its default) and keep data that must survive on a separate aws_ebs_volume with aws_volume_attachment, or in snapshots (AWS Backup, Data Lifecycle Manager).',
    links: ['https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/terminating-instances.html#preserving-volumes-on-termination'],
  },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    for (const device of blockDevicesOf(resource)) {
      const attr = device.settings.attr('delete_on_termination');
      if (!attr || boolOf(attr.value) !== false) continue;
      report({
        at: attr,
        message: `delete_on_termination = false: ${device.label} stays behind, and is billed, after the instance is terminated.`,
        fixes: [{ title: 'Delete the volume with the instance', edits: fix.set(device.settings, 'delete_on_termination', 'true') }],
      });
    }
  },
});
