/**
 * The shape of a Terraform built-in function, one object per function, declared in a family file
 * (functions/string.ts, functions/collection.ts, ...) and listed in functions/index.ts.
 */
import type { Value } from '../value';

/** What a function may reach outside its arguments. Filesystem access is confined to the module's tree. */
export interface FunctionContext {
  /** The module directory, as the host names it; `path.module`. */
  readonly moduleDir: string;
  /**
   * Reads a file by a path relative to the module directory (or absolute under the workspace root).
   * Returns undefined if it does not exist or lies outside the allowed tree.
   */
  readFile(path: string): string | undefined;
  /** The same file's bytes, where the host can give them (a binary file is not text); otherwise its text is used as UTF-8. */
  readBytes?(path: string): Uint8Array | undefined;
  /**
   * True if `path` lies outside the tree files are read from (or a symbolic link leads out of it):
   * readFile gives undefined there whether or not a file exists, and the error says why.
   */
  outsideTree?(path: string): boolean;
  /** Lists files under a directory relative to the module directory (recursive, `/`-separated, relative). */
  listFiles(dir: string): string[] | undefined;
  /** Renders a template text (templatefile) with the given variables, as the evaluator does. */
  renderTemplate(text: string, path: string, vars: Value): Value;
}

/**
 * How a function treats unknown arguments:
 * - 'propagate' (default): if any argument is unknown or contains an unknown, the result is unknown;
 * - 'shallow': only an argument that is itself unknown makes the result unknown (e.g. `length` of a
 *   list whose items are unknown is still known);
 * - 'handle': the function is called anyway and deals with unknowns itself.
 */
export type UnknownPolicy = 'propagate' | 'shallow' | 'handle';

export interface TfFunction {
  readonly name: string;
  /** Parameter names, for messages and arity checks. */
  readonly params: readonly string[];
  /** The name of a variadic last parameter, if any (it may take zero or more arguments). */
  readonly variadic?: string;
  readonly unknowns?: UnknownPolicy;
  /** Whether a null argument is allowed (default: no, the evaluator reports it). */
  readonly allowNull?: boolean;
  /** Computes the result; throws FunctionError for invalid arguments. */
  call(args: readonly Value[], ctx: FunctionContext): Value;
}

/** An invalid call: the message names the problem; `arg` is the zero-based argument at fault. */
export class FunctionError extends Error {
  constructor(
    message: string,
    readonly arg?: number,
  ) {
    super(message);
  }
}

/**
 * A file Kensa will not read (outside the configuration's tree, or reached through a link that
 * leads out of it): Terraform would read it, so the configuration is not wrong, but the result is
 * unknown here. Reported as a warning, not an error.
 */
export class FileNotReadError extends FunctionError {}
