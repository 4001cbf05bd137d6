/**
 * Terraform's built-in functions, by name. Each family file exports a list of TfFunction objects;
 * this table joins them. Adding a function touches its family file and its test, nothing else.
 */
import { COLLECTION_FUNCTIONS } from './collection';
import { CONVERSION_FUNCTIONS } from './conversion';
import type { TfFunction } from './function';
import { NUMERIC_FUNCTIONS } from './numeric';

const FAMILIES: readonly (readonly TfFunction[])[] = [
  // one line per family, sorted
  COLLECTION_FUNCTIONS,
  CONVERSION_FUNCTIONS,
  NUMERIC_FUNCTIONS,
];

export const FUNCTIONS: ReadonlyMap<string, TfFunction> = new Map(FAMILIES.flat().map((f) => [f.name, f]));

export type { TfFunction, FunctionContext, UnknownPolicy } from './function';
export { FunctionError } from './function';
