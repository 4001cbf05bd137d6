/**
 * Terraform's built-in functions, by name. Each family file exports a list of TfFunction objects;
 * this table joins them. Adding a function touches its family file and its test, nothing else.
 */
import type { TfFunction } from './function';

const FAMILIES: readonly (readonly TfFunction[])[] = [
  // one line per family, sorted
];

export const FUNCTIONS: ReadonlyMap<string, TfFunction> = new Map(FAMILIES.flat().map((f) => [f.name, f]));

export type { TfFunction, FunctionContext, UnknownPolicy } from './function';
export { FunctionError } from './function';
