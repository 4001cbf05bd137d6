/**
 * How the CLI writes: results to stdout, progress and problems to stderr. Colour only when the
 * stream is a terminal and NO_COLOR is unset.
 */
import type { Diagnostic } from '../text';

declare const KENSA_VERSION: string | undefined;

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A progress line for long runs: shown only when stderr is a terminal, silent otherwise. */
  progress(text: string): void;
  readonly color: boolean;
  /** Kensa's version, for reports that name the tool. */
  readonly version: string;
}

export function processIo(): Io {
  // a closed pipe (`kensa ... | head`) ends the output, not the process with a stack trace
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    progress: (t) => {
      if (process.stderr.isTTY) process.stderr.write(`kensa: ${t}\n`);
    },
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    version: typeof KENSA_VERSION === 'string' ? KENSA_VERSION : 'dev',
  };
}

/** `file:line:col: message`, one-based, as compilers print it. */
export function formatDiagnostic(d: Diagnostic, file = d.file): string {
  const s = d.range.start;
  return `${file}:${s.line + 1}:${s.column + 1}: ${d.severity}: ${d.summary}${d.detail ? `: ${d.detail}` : ''}`;
}

/** Thrown for bad arguments or unreadable input: main prints the message and exits 2. */
export class UsageError extends Error {}
