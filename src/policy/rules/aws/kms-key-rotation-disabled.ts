import { defineRule } from '../../rule';

/**
 * Symmetric encryption keys with AWS-generated key material and `enable_key_rotation` off (the
 * default). Asymmetric and HMAC keys, imported key material and custom key stores cannot rotate
 * automatically and are left out.
 */
export default defineRule({
  id: 'aws-kms-key-rotation-disabled',
  title: 'KMS key rotation not enabled',
  severity: 'warning',
  category: 'security',
  targets: ['aws_kms_key'],
  docs: {
    why: 'Automatic rotation creates new key material every year (or the period you set) while keeping old material to decrypt existing data, so the amount of data under one key version stays bounded. Compliance frameworks such as CIS and PCI DSS require it for customer managed keys.',
    fix: 'Set enable_key_rotation = true (optionally rotation_period_in_days). Nothing has to be re-encrypted and key ARNs do not change.',
    links: ['https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html'],
  },
  equivalents: { checkov: ['CKV_AWS_7'], trivy: ['AVD-AWS-0065'], tfsec: ['aws-kms-auto-rotate-keys'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const spec = resource.attr('customer_master_key_spec')?.value;
    if (spec && (spec.kind !== 'string' || spec.value !== 'SYMMETRIC_DEFAULT')) return;
    const usage = resource.attr('key_usage')?.value;
    if (usage && (usage.kind !== 'string' || usage.value !== 'ENCRYPT_DECRYPT')) return;
    if (resource.attr('custom_key_store_id')) return;
    const rotation = resource.attr('enable_key_rotation');
    if (rotation && (rotation.value.kind !== 'bool' || rotation.value.value)) return;
    report({
      at: rotation ?? resource,
      message: `${rotation ? 'enable_key_rotation is false' : 'enable_key_rotation is not set (default false)'}: the key material is never rotated.`,
      fixes: [{ title: 'Set enable_key_rotation = true', edits: fix.set(resource, 'enable_key_rotation', 'true') }],
    });
  },
});
