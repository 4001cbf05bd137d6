/**
 * How rules read the plain settings most checks are about: a boolean argument (written `true` or
 * `"true"`), and an argument that names something (a key ARN, a role) being set at all. Unknown
 * values are never taken for a setting either way, so a rule stays silent on them.
 */
import type { AttributeView, BlockView } from '../../resource-view';

/** A boolean argument: true or false when known (`true`, `"true"`), undefined when unset or known only after apply. */
export function boolOf(a: AttributeView | undefined): boolean | undefined {
  const v = a?.value;
  if (!v) return undefined;
  if (v.kind === 'bool') return v.value;
  if (v.kind === 'string' && (v.value === 'true' || v.value === 'false')) return v.value === 'true';
  return undefined;
}

/**
 * Whether an argument that names something (a KMS key, a role, a configuration) is missing: not
 * written, null, or the empty string. A value known only after apply counts as set.
 */
export function isMissing(a: AttributeView | undefined): boolean {
  if (!a) return true;
  return a.value.kind === 'string' && a.value.value.trim() === '';
}

/** The first nested block of a type, unless such blocks are generated in a number known only after apply. */
export function firstBlock(view: BlockView, type: string): BlockView | undefined | 'unknown' {
  if (view.hasUnknownBlocks(type)) return 'unknown';
  return view.blocks(type)[0];
}

/** The known string value of an argument, or undefined. */
export function stringOf(a: AttributeView | undefined): string | undefined {
  return a?.value.kind === 'string' ? a.value.value : undefined;
}
