/** The shape of one CLI command: a row of the command table in commands.ts. */
import type { Io } from './output';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly multiple?: boolean;
  readonly short?: string;
  readonly default?: string | boolean;
  readonly description: string;
}

export interface ParsedArgs {
  readonly values: Record<string, string | boolean | string[] | undefined>;
  readonly positionals: string[];
}

export interface Command {
  readonly name: string;
  readonly summary: string;
  readonly usage: string;
  readonly help: string;
  readonly options: Record<string, OptionSpec>;
  /** Returns the exit code: 0 clean, 1 a gate failed, 2 usage or input error. */
  run(args: ParsedArgs, io: Io): number | Promise<number>;
}
