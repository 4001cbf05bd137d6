import { defineRule } from '../../rule';

/** `aws_ebs_encryption_by_default` with `enabled = false` (the resource defaults to true). */
export default defineRule({
  id: 'aws-ebs-encryption-by-default-disabled',
  title: 'EBS encryption by default turned off',
  severity: 'warning',
  category: 'security',
  targets: ['aws_ebs_encryption_by_default'],
  docs: {
    why: 'EBS encryption by default makes every new volume and snapshot copy in the region encrypted, whatever the launching tool asks for. Turning it off means one forgotten encrypted = true in a launch template or a console launch creates clear-text disks.',
    fix: 'Set enabled = true (the default). It affects only volumes created afterwards; existing volumes keep their encryption state.',
    links: ['https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html'],
  },
  equivalents: { checkov: ['CKV_AWS_106'] },
  fix: 'safe',
  check({ resource, report, fix }) {
    const enabled = resource.attr('enabled');
    if (!enabled || enabled.value.kind !== 'bool' || enabled.value.value) return;
    report({
      at: enabled,
      message: 'EBS encryption by default is disabled: new volumes in this region are unencrypted unless each launch asks for encryption.',
      fixes: [{ title: 'Set enabled = true', edits: fix.set(resource, 'enabled', 'true') }],
    });
  },
});
