/**
 * Readers for function arguments: each converts one argument as Terraform's parameter type would
 * (a string parameter takes a number or bool, a number parameter a numeric string...) and throws
 * FunctionError naming that argument when it cannot. They expect known, non-null values: the
 * evaluator's unknown policy and null check run before a function is called.
 */
import { ConversionError, toBoolValue, toNumberValue, toStringValue } from '../coerce';
import type { Value } from '../value';
import { FunctionError } from './function';

function convert(args: readonly Value[], i: number, to: (v: Value) => Value): Value {
  const v = args[i];
  if (v === undefined) throw new FunctionError(`missing argument ${i + 1}`, i);
  try {
    return to(v);
  } catch (e) {
    if (e instanceof ConversionError) throw new FunctionError(e.message, i);
    throw e;
  }
}

/** Argument `i` as a string (numbers and bools converted). Null is an error. */
export function stringArg(args: readonly Value[], i: number): string {
  const v = convert(args, i, toStringValue);
  if (v.kind === 'string') return v.value;
  throw new FunctionError(v.kind === 'null' ? 'argument must not be null' : 'string required', i);
}

/** Argument `i` as a number (numeric strings converted). */
export function numberArg(args: readonly Value[], i: number): number {
  const v = convert(args, i, toNumberValue);
  if (v.kind === 'number') return v.value;
  throw new FunctionError(v.kind === 'null' ? 'argument must not be null' : 'number required', i);
}

/** Argument `i` as a whole number, as Terraform's integer parameters require. */
export function integerArg(args: readonly Value[], i: number): number {
  const n = numberArg(args, i);
  if (!Number.isInteger(n)) throw new FunctionError('value must be a whole number', i);
  return n;
}

/** Argument `i` as a bool (the strings "true" and "false" converted). */
export function boolArg(args: readonly Value[], i: number): boolean {
  const v = convert(args, i, toBoolValue);
  if (v.kind === 'bool') return v.value;
  throw new FunctionError(v.kind === 'null' ? 'argument must not be null' : 'bool required', i);
}

/** The items of a list, set or tuple argument. */
export function sequenceArg(args: readonly Value[], i: number, what = 'list'): readonly Value[] {
  const v = args[i];
  if (v?.kind === 'list') return v.items;
  throw new FunctionError(`${what} required, but have ${v ? describe(v) : 'nothing'}`, i);
}

/** A string element of a collection: numbers and bools converted, null or a collection refused. */
export function stringElement(v: Value, argIndex: number, what: string): string {
  if (v.kind === 'null') throw new FunctionError(`${what} is null`, argIndex);
  try {
    const s = toStringValue(v);
    if (s.kind === 'string') return s.value;
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
  }
  throw new FunctionError(`${what}: string required, but have ${describe(v)}`, argIndex);
}

function describe(v: Value): string {
  return v.kind === 'list' || v.kind === 'object' ? v.type : v.kind;
}
