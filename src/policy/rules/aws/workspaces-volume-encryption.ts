/**
 * The fix both WorkSpaces volume rules offer: one edit that encrypts both volumes (and names the
 * AWS managed key when no key is set), the same whichever rule offers it, so fixing both findings
 * of one WorkSpace is one change.
 */
import type { FixBuilder } from '../../fixes';
import type { ResourceView } from '../../resource-view';
import type { FixSpec } from '../../rule';

export function encryptVolumesFix(resource: ResourceView, fix: FixBuilder): FixSpec {
  const values: Record<string, string> = {};
  for (const name of ['root_volume_encryption_enabled', 'user_volume_encryption_enabled']) {
    const v = resource.attr(name)?.value;
    if (!(v?.kind === 'bool' && v.value)) values[name] = 'true';
  }
  if (!resource.written('volume_encryption_key')) values['volume_encryption_key'] = '"alias/aws/workspaces"';
  return { title: 'Encrypt the root and user volumes (rebuilds the WorkSpace)', edits: fix.setAll(resource, values) };
}
