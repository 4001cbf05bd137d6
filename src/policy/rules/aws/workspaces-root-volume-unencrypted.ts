import { defineRule } from '../../rule';
import { encryptVolumesFix } from './workspaces-volume-encryption';

/** WorkSpaces whose root volume is not encrypted (`root_volume_encryption_enabled` defaults to false). */
export default defineRule({
  id: 'aws-workspaces-root-volume-unencrypted',
  title: 'WorkSpace root volume is not encrypted',
  severity: 'warning',
  category: 'security',
  targets: ['aws_workspaces_workspace'],
  docs: {
    why: 'The root volume holds the operating system, cached credentials, browser profiles and temporary copies of whatever the user opened. Unencrypted, it and its snapshots are stored in plain text. Encryption can only be chosen when the WorkSpace is created.',
    fix: 'Set root_volume_encryption_enabled = true and volume_encryption_key to a KMS key (alias/aws/workspaces, or a customer managed key). On an existing WorkSpace this rebuilds it: the user\'s data must be moved first.',
    links: ['https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html'],
  },
  equivalents: { checkov: ['CKV_AWS_156'], trivy: ['AVD-AWS-0109'], tfsec: ['aws-workspaces-enable-disk-encryption'] },
  fix: 'unsafe',
  check({ resource, report, fix }) {
    const encrypted = resource.attr('root_volume_encryption_enabled');
    if (encrypted && (!encrypted.known || (encrypted.value.kind === 'bool' && encrypted.value.value))) return;
    report({
      at: encrypted ?? resource,
      message: `${encrypted ? 'root_volume_encryption_enabled is false' : 'root_volume_encryption_enabled is not set (default false)'}: the root volume and its snapshots are not encrypted at rest.`,
      fixes: [encryptVolumesFix(resource, fix)],
    });
  },
});
