/**
 * Timing and memory for benchmark sections: median of timed runs with `performance.now()`, and
 * the process's peak resident set and heap.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Row } from './section';

/** The wall time of each timed run, in milliseconds, and their median. */
export interface Timing {
  readonly runsMs: readonly number[];
  readonly medianMs: number;
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Runs `body` once untimed (so the JIT has seen the code), then `runs` timed times, collecting
 * garbage before each run so one run's garbage is not charged to the next.
 */
export async function timeRuns(runs: number, body: () => void | Promise<void>, warmUp = true): Promise<Timing> {
  if (warmUp) await body();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    await body();
    runsMs.push(performance.now() - start);
    sampleMemory();
  }
  return { runsMs, medianMs: median(runsMs) };
}

/** A `rate` row for `bytes` and `items` processed in each timed run. */
export function rateRow(label: string, timing: Timing, bytes: number, items: number, itemUnit: string): Row {
  const seconds = timing.medianMs / 1000;
  return {
    kind: 'rate',
    label,
    mbPerSec: bytes / 1e6 / seconds,
    itemsPerSec: items / seconds,
    itemUnit,
    medianMs: timing.medianMs,
    runs: timing.runsMs.length,
  };
}

let peakHeapUsed = 0;

/** Records the current heap use, so `memoryUse` reports the highest seen. */
export function sampleMemory(): void {
  peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
}

/** Bytes of heap in use now, after a collection when one can be forced. */
export function heapUsedAfterGc(): number {
  collectGarbage();
  sampleMemory();
  return process.memoryUsage().heapUsed;
}

/** The process's peak resident set (from the OS) and the highest heap use sampled, in bytes. */
export function memoryUse(): { peakRss: number; peakHeapUsed: number } {
  sampleMemory();
  return { peakRss: process.resourceUsage().maxRSS * 1024, peakHeapUsed };
}

// `npm run bench` starts node without --expose-gc; the flag can still be set at run time, and a
// fresh context then sees the `gc` global.
let gc: (() => void) | undefined;
try {
  setFlagsFromString('--expose-gc');
  gc = runInNewContext('gc') as () => void;
} catch {
  gc = undefined;
}

function collectGarbage(): void {
  gc?.();
}
