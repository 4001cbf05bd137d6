import { defineRule } from '../../rule';
import { encryptVolumesFix } from './workspaces-volume-encryption';

/** WorkSpaces whose user volume is not encrypted (`user_volume_encryption_enabled` defaults to false). */
export default defineRule({
  id: 'aws-workspaces-user-volume-unencrypted',
  title: 'WorkSpace user volume is not encrypted',
  severity: 'warning',
  category: 'security',
  targets: ['aws_workspaces_workspace'],
  docs: {
    why: 'The user volume (D: or /home) holds the user\'s documents, downloads and application data. Unencrypted, it and its snapshots are stored in plain text. Encryption can only be chosen when the WorkSpace is created.',
    fix: 'Set user_volume_encryption_enabled = true and volume_encryption_key to a KMS key (alias/aws/workspaces, or a customer managed key). On an existing WorkSpace this rebuilds it: the user\'s data must be moved first.',
    links: ['https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html'],
  },
  equivalents: { checkov: ['CKV_AWS_155'], trivy: ['AVD-AWS-0109'], tfsec: ['aws-workspaces-enable-disk-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const encrypted = resource.attr('user_volume_encryption_enabled');
    if (encrypted && (!encrypted.known || (encrypted.value.kind === 'bool' && encrypted.value.value))) return;
    report({
      at: encrypted ?? resource,
      message: `${encrypted ? 'user_volume_encryption_enabled is false' : 'user_volume_encryption_enabled is not set (default false)'}: the user volume and its snapshots are not encrypted at rest.`,
      fixes: [encryptVolumesFix(resource, fix)],
    });
  },
});
