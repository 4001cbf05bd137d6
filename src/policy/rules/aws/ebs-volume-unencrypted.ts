import { defineRule } from '../../rule';
import type { Graph, ResourceView } from '../../resource-view';

/** EBS encryption by default is turned on in this configuration for the volume's region. */
function encryptedByDefault(volume: ResourceView, graph: Graph): boolean {
  const region = volume.region;
  return graph.ofType('aws_ebs_encryption_by_default').some((r) => {
    const enabled = r.attr('enabled')?.value;
    const on = !enabled || (enabled.kind === 'bool' && enabled.value);
    return on && r.region.kind === 'string' && region.kind === 'string' && r.region.value === region.value;
  });
}

/**
 * `aws_ebs_volume` without `encrypted = true`. Silent when the volume comes from a snapshot
 * (it inherits the snapshot's encryption) or when EBS encryption by default is enabled for its
 * region in the same configuration. Encrypting an existing volume replaces it, so the fix is unsafe.
 */
export default defineRule({
  id: 'aws-ebs-volume-unencrypted',
  title: 'EBS volume not encrypted',
  severity: 'error',
  category: 'security',
  targets: ['aws_ebs_volume'],
  docs: {
    why: 'An unencrypted volume stores its data, and every snapshot taken of it, in clear text: a snapshot shared by mistake or copied to another account exposes everything on the disk. Encryption with KMS costs nothing extra and has no noticeable performance impact.',
    fix: 'Set encrypted = true (and kms_key_id for a customer managed key). For an existing volume this creates a new, empty volume: snapshot the old one, copy the snapshot with encryption, and restore from it. Turn on aws_ebs_encryption_by_default so new volumes are always encrypted.',
    links: [
      'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
      'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    ],
  },
  equivalents: { checkov: ['CKV_AWS_3'], trivy: ['AVD-AWS-0026'], tfsec: ['aws-ec2-enable-volume-encryption'] },
  fix: 'unsafe',
  check({ resource, graph, report, fix }) {
    const encrypted = resource.attr('encrypted');
    if (encrypted && (encrypted.value.kind !== 'bool' || encrypted.value.value)) return;
    const snapshot = resource.attr('snapshot_id');
    if (snapshot) return;
    if (encryptedByDefault(resource, graph)) return;
    report({
      at: encrypted ?? resource,
      message: encrypted ? 'encrypted is false: the volume and its snapshots are stored unencrypted.' : 'encrypted is not set (default false) and EBS encryption by default is not enabled here: the volume and its snapshots are stored unencrypted.',
      fixes: [{ title: 'Set encrypted = true (replaces the volume)', edits: fix.set(resource, 'encrypted', 'true') }],
    });
  },
});
