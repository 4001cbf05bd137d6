/**
 * Terraform's built-in functions, by name. Each family file exports a list of TfFunction objects;
 * this table joins them. Adding a function touches its family file and its test, nothing else.
 */
import { COLLECTION_FUNCTIONS } from './collection';
import { CONVERSION_FUNCTIONS } from './conversion';
import { DATETIME_FUNCTIONS } from './datetime';
import { ENCODING_FUNCTIONS } from './encoding';
import { FILESYSTEM_FUNCTIONS } from './filesystem';
import type { TfFunction } from './function';
import { HASH_FUNCTIONS } from './hash';
import { IPNET_FUNCTIONS } from './ipnet';
import { NUMERIC_FUNCTIONS } from './numeric';
import { PROVIDER_FUNCTIONS } from './provider';
import { STRING_FUNCTIONS } from './string';

const FAMILIES: readonly (readonly TfFunction[])[] = [
  // one line per family, sorted
  COLLECTION_FUNCTIONS,
  CONVERSION_FUNCTIONS,
  DATETIME_FUNCTIONS,
  ENCODING_FUNCTIONS,
  FILESYSTEM_FUNCTIONS,
  HASH_FUNCTIONS,
  IPNET_FUNCTIONS,
  NUMERIC_FUNCTIONS,
  PROVIDER_FUNCTIONS,
  STRING_FUNCTIONS,
];

export const FUNCTIONS: ReadonlyMap<string, TfFunction> = new Map(FAMILIES.flat().map((f) => [f.name, f]));

export type { TfFunction, FunctionContext, UnknownPolicy } from './function';
export { FileNotReadError, FunctionError } from './function';
