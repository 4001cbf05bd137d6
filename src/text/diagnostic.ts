import type { Range } from './position';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A problem found in the user's files. `summary` is terse; `detail` says what to do.
 * `range` is the exact subject; `related` points at where a value came from.
 */
export interface Diagnostic {
  readonly severity: Severity;
  readonly summary: string;
  readonly detail?: string;
  readonly file: string;
  readonly range: Range;
  readonly code?: string;
  readonly related?: readonly { readonly file: string; readonly range: Range; readonly message: string }[];
}
