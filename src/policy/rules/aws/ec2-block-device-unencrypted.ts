import { defineRule } from '../../rule';
import { BLOCK_DEVICE_TARGETS, blockDevicesOf, boolOf, encryptionByDefault } from './ec2-block-devices';

/**
 * EBS volumes declared on instances, launch templates and launch configurations without
 * `encrypted = true`. An instance or launch configuration without a `root_block_device` gets an
 * unencrypted root volume unless its AMI's snapshot is encrypted. Silent when the configuration
 * turns on EBS encryption by default (`aws_ebs_encryption_by_default`), which encrypts them all.
 */
export default defineRule({
  id: 'aws-ec2-block-device-unencrypted',
  title: 'EC2 block device not encrypted',
  severity: 'warning',
  category: 'security',
  targets: [...BLOCK_DEVICE_TARGETS],
  docs: {
    why: 'An unencrypted EBS volume, and every snapshot and AMI made from it, can be read by anyone who gets hold of the snapshot: shared by mistake, copied to another account, or restored by a too-broad IAM policy. Encryption with KMS adds an access check on the key and costs nothing.',
    fix: 'Set encrypted = true on root_block_device and each ebs_block_device (in launch templates: block_device_mappings { ebs { encrypted = true } }), optionally with kms_key_id; or turn on EBS encryption by default for the account with aws_ebs_encryption_by_default. Encrypting an existing instance\'s volume replaces the instance.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html', 'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html'],
  },
  equivalents: { checkov: ['CKV_AWS_8'], trivy: ['AVD-AWS-0131', 'AVD-AWS-0008'], tfsec: ['aws-ec2-enable-at-rest-encryption', 'aws-autoscaling-enable-at-rest-encryption'] },
  fix: 'unsafe',
  check({ resource, graph, report, fix }) {
    if (encryptionByDefault(graph.ofType('aws_ebs_encryption_by_default'))) return;
    const devices = blockDevicesOf(resource);
    if (resource.resourceType !== 'aws_launch_template' && !resource.hasUnknownBlocks('root_block_device') && !devices.some((d) => d.root)) {
      report({
        at: resource,
        message: 'No root_block_device sets encrypted = true: the root volume is encrypted only if the AMI\'s snapshot is.',
        fixes: [{ title: 'Encrypt the root volume (replaces the instance)', edits: fix.ensure(resource, ['root_block_device', 'encrypted'], 'true') }],
      });
    }
    for (const device of devices) {
      const encrypted = device.settings.attr('encrypted');
      if (encrypted && !encrypted.known) continue;
      if (boolOf(encrypted?.value) === true) continue;
      // a volume restored from a snapshot inherits the snapshot's encryption when not set
      if (!encrypted && device.settings.attr('snapshot_id')) continue;
      report({
        at: encrypted ?? device.settings,
        message: encrypted ? `encrypted = false: ${device.label} is stored unencrypted, and so are its snapshots.` : `${capitalise(device.label)} does not set encrypted = true, so it is stored unencrypted.`,
        fixes: [{ title: 'Encrypt the volume (replaces the instance)', edits: fix.ensure(device.editTarget, [...device.editPath, 'encrypted'], 'true') }],
      });
    }
  },
});

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
