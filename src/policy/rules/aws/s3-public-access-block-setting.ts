/**
 * The check shared by the four S3 Block Public Access rules, one per setting, as Checkov and Trivy
 * check them: a bucket or account public access block with the setting false, or left out (each
 * defaults to false).
 */
import type { CheckContext } from '../../rule';

export type PublicAccessBlockSetting = 'block_public_acls' | 'block_public_policy' | 'ignore_public_acls' | 'restrict_public_buckets';

/** A check reporting `setting` when it is false or not set; `effect` says what stays open. */
export function checkPublicAccessBlockSetting(setting: PublicAccessBlockSetting, effect: string): (ctx: CheckContext) => void {
  return ({ resource, report, fix }) => {
    const attr = resource.attr(setting);
    if (attr && (attr.value.kind !== 'bool' || attr.value.value)) return;
    report({
      at: attr ?? resource,
      message: attr ? `${setting} is false: ${effect}.` : `${setting} is not set and defaults to false: ${effect}.`,
      fixes: [{ title: `Set ${setting} = true`, edits: fix.set(resource, setting, 'true') }],
    });
  };
}
