/**
 * `moved` blocks: where Terraform will find an old address in the new configuration. Read from the
 * head's evaluated module tree, so a move declared in a child module applies under each of its
 * instances, and applied the way Terraform chains them (a -> b, b -> c takes a to c).
 */
import type { Evaluation, ModuleInstance } from '../terraform';

/** One `moved { from = ..., to = ... }`, with both addresses absolute (module prefix included). */
export interface Move {
  readonly from: string;
  readonly to: string;
  readonly file: string;
  /** One-based line of the `moved` block. */
  readonly line: number;
}

/** Every `moved` block of an evaluation's module tree whose `from` and `to` are both written. */
export function movesOf(evaluation: Evaluation): Move[] {
  const out: Move[] = [];
  const visit = (m: ModuleInstance): void => {
    for (const d of m.config.moved) {
      if (!d.from || !d.to) continue;
      const file = evaluation.files.get(d.file) ?? m.config.files.get(d.file);
      if (!file) continue;
      // the source text of a traversal is its address, once spaces are gone (in .tf.json, a string)
      const text = (e: { start: number; end: number }): string => file.text.slice(e.start, e.end).replace(/\s+/g, '').replace(/^"(.*)"$/, '$1');
      const prefix = m.address ? `${m.address}.` : '';
      out.push({ from: prefix + text(d.from), to: prefix + text(d.to), file: d.file, line: file.lines.position(d.block.start).line + 1 });
    }
    for (const c of m.children) visit(c);
  };
  visit(evaluation.root);
  return out;
}

/**
 * Where `address` (of the base) lives after the moves: `from` matches the address itself, any of
 * its instances (`aws_instance.a` matches `aws_instance.a[0]`) and, for a module, everything in it
 * (`module.a` matches `module.a.aws_instance.b` and `module.a["x"].aws_instance.b`).
 */
export function moveAddress(address: string, moves: readonly Move[]): string {
  let current = address;
  // a chain is at most as long as the list; the bound also stops a cycle a -> b -> a
  for (let step = 0; step <= moves.length; step++) {
    const m = moves.find((x) => covers(x.from, current));
    if (!m || m.from === m.to) break;
    current = m.to + current.slice(m.from.length);
  }
  return current;
}

function covers(from: string, address: string): boolean {
  if (address === from) return true;
  if (!address.startsWith(from)) return false;
  const next = address[from.length];
  return next === '.' || (next === '[' && !from.endsWith(']'));
}
