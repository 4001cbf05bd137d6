/**
 * Builds quick fixes for rules from the syntax tree with the hcl edit toolkit. Every method returns
 * the edits that make the change, or [] when no correct edit exists here: the value came through a
 * variable, a local or a module input (the fix would belong elsewhere), the block was generated
 * by `dynamic`, or the file is JSON syntax. A rule reports its finding either way; only the fix is
 * left out.
 */
import {
  ensureNestedAttributes,
  insertBlock,
  insertTopLevelBlockAfter,
  parseHcl,
  removeAttribute,
  setAttribute,
  setAttributes,
  type Block,
  type BlockSpec,
  type HclFile,
} from '../hcl';
import type { TextEdit } from '../text';
import type { BlockView, Positions, ResourceView } from './resource-view';

export interface FixBuilder {
  /**
   * Sets `name = valueText` in a block: replaces a value written right there, or adds the
   * attribute when missing. Returns [] when the current value came from elsewhere.
   */
  set(target: BlockView, name: string, valueText: string): TextEdit[];
  /** Sets several attributes of one block at once (their insertions must not overlap). */
  setAll(target: BlockView, values: Readonly<Record<string, string>>): TextEdit[];
  /** Sets `path[-1] = valueText` inside nested blocks `path[0..-1]`, creating the blocks that are missing. */
  ensure(target: BlockView, path: readonly string[], valueText: string): TextEdit[];
  /** Removes an attribute written in the block. */
  remove(target: BlockView, name: string): TextEdit[];
  /** Adds a nested block at the end of the block (nothing if one of that type and labels exists). */
  addBlock(target: BlockView, spec: BlockSpec): TextEdit[];
  /** Adds a top-level block after the resource, such as a companion resource. */
  addAfter(resource: ResourceView, spec: BlockSpec | string): TextEdit[];
}

export function fixBuilder(positions: Positions): FixBuilder {
  /** The file and syntax block a view can be edited through, or undefined if it cannot. */
  const editable = (target: BlockView): { file: HclFile; block: Block } | undefined => {
    if (!target.node || target.dynamic) return undefined;
    const file = positions.fileOf(target.file);
    if (!file || file.syntax !== 'native') return undefined;
    return { file, block: target.node };
  };
  const valueIsLocal = (target: BlockView, name: string): boolean => {
    // `= null` written here is replaced; null that came through a variable is fixed at its origin
    const a = target.written(name);
    return !a || a.literalHere;
  };
  return {
    set(target, name, valueText) {
      const e = editable(target);
      if (!e || !valueIsLocal(target, name)) return [];
      return setAttribute(e.file, e.block, name, valueText);
    },
    setAll(target, values) {
      const e = editable(target);
      if (!e || Object.keys(values).some((n) => !valueIsLocal(target, n))) return [];
      return setAttributes(e.file, e.block, values);
    },
    ensure(target, path, valueText) {
      const e = editable(target);
      if (!e || path.length === 0) return [];
      // the attribute, if set somewhere on the path already, must be written there for us to change it
      const existing = target.attrAt(path.join('.'), true);
      if (existing && !existing.literalHere) return [];
      if (path.length === 1) return setAttribute(e.file, e.block, path[0]!, valueText);
      return ensureNestedAttributes(e.file, e.block, path.slice(0, -1), { [path[path.length - 1]!]: valueText });
    },
    remove(target, name) {
      const e = editable(target);
      if (!e) return [];
      return removeAttribute(e.file, e.block, name);
    },
    addBlock(target, spec) {
      const e = editable(target);
      if (!e) return [];
      return insertBlock(e.file, e.block, spec);
    },
    addAfter(resource, spec) {
      const e = editable(resource);
      if (!e) return [];
      // a snippet built from the resource's own name may not parse (a label that is no identifier,
      // such as one read from invalid UTF-8): no fix then, rather than a rule failing
      if (typeof spec === 'string' && !isOneBlock(spec)) return [];
      return insertTopLevelBlockAfter(e.file, e.block, spec);
    },
  };
}

/** Whether `text` parses as exactly one block without errors. */
function isOneBlock(text: string): boolean {
  const parsed = parseHcl(text, 'fix.tf');
  return parsed.body.items.length === 1 && parsed.body.items[0]!.kind === 'block' && !parsed.diagnostics.some((d) => d.severity === 'error');
}
