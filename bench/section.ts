/**
 * What a benchmark section is: a named unit that bench.ts runs and prints. A later issue adds
 * a section (evaluation, policy, cost, review) as one file exporting one `BenchSection`, listed
 * on one line in bench.ts.
 */

/**
 * One printed line of a section's results.
 * - `rate`: a timed subject; `mbPerSec` over the input bytes (MB = 10^6 bytes of UTF-8) and
 *   `itemsPerSec` over `itemUnit` (files, modules...), from the median of `runs` timed runs.
 * - `ratio`: how many times faster `label`'s numerator is, with the goal when there is one.
 * - `note`: anything else worth a line (corpus size, memory...).
 */
export type Row =
  | {
      readonly kind: 'rate';
      readonly label: string;
      readonly mbPerSec: number;
      readonly itemsPerSec: number;
      readonly itemUnit: string;
      readonly medianMs: number;
      readonly runs: number;
    }
  | { readonly kind: 'ratio'; readonly label: string; readonly ratio: number; readonly target?: number }
  | { readonly kind: 'note'; readonly label: string; readonly text: string };

/**
 * A benchmark section. `run` does its own warm-up and timing, may log progress to stderr, and
 * rejects when its input is unfit to measure (a benchmark over broken input measures recovery).
 */
export interface BenchSection {
  readonly name: string;
  readonly description: string;
  run(): Promise<readonly Row[]>;
}
