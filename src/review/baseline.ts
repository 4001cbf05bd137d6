/**
 * A baseline: the findings a team accepts for now (a legacy repository adopting Kensa), written
 * once by `kensa scan --create-baseline` and read by `--baseline`, which then reports and gates
 * only findings not in it. A finding is in the baseline when review would call it unchanged: same
 * rule, same resource instance in the same root module (its `moved` blocks followed), same message
 * but for line numbers; findings about no resource by file. Several equal findings are matched as
 * a multiset, so one more instance of a known problem is new. Pure: the CLI reads and writes files.
 */
import type { Finding } from '../policy';
import { moveAddress, type Move } from './moved';
import { findingKey } from './review';

/** One accepted finding, as the baseline file lists it. */
export interface BaselineEntry {
  readonly ruleId: string;
  /** The root module directory ('.' for the scanned one); '' for a finding about no resource. */
  readonly root: string;
  /** The resource instance address; '' for a finding about no resource (matched by file). */
  readonly resourceAddress: string;
  readonly file: string;
  readonly message: string;
}

export interface Baseline {
  readonly version: 1;
  readonly findings: readonly BaselineEntry[];
}

/** The baseline of these findings, sorted so that the file diffs well. */
export function createBaseline(findings: readonly Finding[]): Baseline {
  const entries = findings.map((f) => ({ ruleId: f.ruleId, root: f.resourceAddress ? (f.root ?? '.') : '', resourceAddress: f.resourceAddress, file: f.file, message: f.message }));
  entries.sort((a, b) => compare(a.file, b.file) || compare(a.ruleId, b.ruleId) || compare(a.root, b.root) || compare(a.resourceAddress, b.resourceAddress) || compare(a.message, b.message));
  return { version: 1, findings: entries };
}

/** A baseline file's text, read back; an error message for anything that is not one. */
export function parseBaseline(text: string): Baseline | { readonly error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
  const d = data as { version?: unknown; findings?: unknown };
  if (typeof d !== 'object' || d === null || d.version !== 1 || !Array.isArray(d.findings)) return { error: 'not a Kensa baseline (expected { "version": 1, "findings": [...] })' };
  const out: BaselineEntry[] = [];
  for (const [i, e] of (d.findings as unknown[]).entries()) {
    const x = e as Record<string, unknown>;
    const fields = ['ruleId', 'root', 'resourceAddress', 'file', 'message'] as const;
    const bad = fields.find((k) => typeof x?.[k] !== 'string');
    if (bad) return { error: `findings[${i}].${bad} must be a string` };
    out.push({ ruleId: x.ruleId as string, root: x.root as string, resourceAddress: x.resourceAddress as string, file: x.file as string, message: x.message as string });
  }
  return { version: 1, findings: out };
}

export interface BaselineMatch {
  /** Not in the baseline: what to report and gate on. */
  readonly new: readonly Finding[];
  /** In the baseline. */
  readonly known: readonly Finding[];
  /** In the baseline but no longer found (fixed, or the code moved on): the baseline can be rewritten. */
  readonly gone: readonly BaselineEntry[];
}

/**
 * Splits findings into new and known against a baseline. `moves` are the `moved` blocks of the
 * current configuration by root module, as review applies them to the base's addresses.
 */
export function matchBaseline(baseline: Baseline, findings: readonly Finding[], moves: ReadonlyMap<string, readonly Move[]> = new Map()): BaselineMatch {
  const waiting = new Map<string, BaselineEntry[]>();
  for (const e of baseline.findings) {
    const address = e.resourceAddress ? moveAddress(e.resourceAddress, moves.get(e.root) ?? []) : '';
    const message = address && address !== e.resourceAddress ? e.message.split(e.resourceAddress).join(address) : e.message;
    const key = findingKey(e, e.root, address, message);
    const list = waiting.get(key);
    if (list) list.push(e);
    else waiting.set(key, [e]);
  }
  const added: Finding[] = [];
  const known: Finding[] = [];
  for (const f of findings) {
    const list = waiting.get(findingKey(f, f.root ?? '.', f.resourceAddress, f.message));
    if (list?.length) {
      list.shift();
      known.push(f);
    } else added.push(f);
  }
  return { new: added, known, gone: [...waiting.values()].flat() };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
