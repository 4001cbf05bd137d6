/**
 * `kensa scan --create-baseline FILE` and `--baseline FILE`: the baseline file on disk, around the
 * core's createBaseline and matchBaseline (src/review), which match findings as review does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from '../policy';
import { createBaseline, matchBaseline, movesOf, parseBaseline, type BaselineMatch, type Move } from '../review';
import type { Evaluation } from '../terraform';
import { UsageError } from './output';

/** Writes the baseline of these findings to `path`. */
export function writeBaseline(path: string, findings: readonly Finding[]): void {
  try {
    writeFileSync(path, JSON.stringify(createBaseline(findings), null, 2) + '\n');
  } catch (e) {
    throw new UsageError(`${path}: cannot write the baseline: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Reads the baseline at `path` and splits the findings into new and known; a usage error for a missing or broken file. */
export function applyBaselineFile(path: string, findings: readonly Finding[], roots: readonly { readonly dir: string; readonly evaluation: Evaluation }[]): BaselineMatch {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`${path}: cannot read the baseline (write one with --create-baseline ${path})`);
  }
  const baseline = parseBaseline(text);
  if ('error' in baseline) throw new UsageError(`${path}: ${baseline.error}`);
  const moves = new Map<string, Move[]>();
  for (const r of roots) moves.set(r.dir, movesOf(r.evaluation));
  return matchBaseline(baseline, findings, moves);
}
