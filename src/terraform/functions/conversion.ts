/**
 * Terraform's type conversion functions (developer.hashicorp.com/terraform/language/functions,
 * "Type Conversion Functions"): tobool, tolist, tomap, tonumber, toset, tostring, and the
 * sensitivity functions sensitive, nonsensitive, issensitive. `type` is console-only and `try`/`can`
 * are special forms of the evaluator, so none of them is here.
 *
 * The to* functions convert exactly as a variable's `type` does (types.ts): `tolist` and `tomap`
 * unify the element types, null stays null, unknown elements stay in place.
 */
import { ANY, BOOL, NUMBER, STRING, TypeConversionError, convertToType, friendlyTypeName, listOf, mapOf, setOf, typeOfValue, type TypeConstraint } from '../types';
import { bool, markSensitive, unknown, withOrigin, type Value } from '../value';
import { FunctionError, type TfFunction } from './function';

/** cty's FriendlyName of a value's type: "tuple", "list of string", "list of dynamic". */
function valueTypeName(v: Value): string {
  const t = typeOfValue(v);
  return t.kind === 'any' ? 'dynamic' : friendlyTypeName(t).replace('any single type', 'dynamic');
}

function converter(name: string, type: TypeConstraint): TfFunction {
  return {
    name,
    params: ['v'],
    unknowns: 'shallow',
    allowNull: true,
    call([v]) {
      try {
        return withOrigin(convertToType(v!, type), undefined);
      } catch (e) {
        if (!(e instanceof TypeConversionError)) throw e;
        if (v!.kind === 'string' && type.kind === 'bool') {
          throw new FunctionError(`cannot convert ${JSON.stringify(v!.value)} to bool; only the strings "true" or "false" are allowed`, 0);
        }
        if (v!.kind === 'string' && type.kind === 'number') {
          throw new FunctionError(`cannot convert ${JSON.stringify(v!.value)} to number; given string must be a decimal representation of a number`, 0);
        }
        if (v!.sensitive) throw new FunctionError(`cannot convert this sensitive ${valueTypeName(v!)} to ${friendlyTypeName(type)}`, 0);
        throw new FunctionError(`cannot convert ${valueTypeName(v!)} to ${friendlyTypeName(type)}`, 0);
      }
    },
  };
}

/** Removes only the top-level mark, as Terraform's nonsensitive does. */
function withoutSensitive(v: Value): Value {
  if (!v.sensitive) return v;
  const copy = { ...v } as { sensitive?: boolean };
  delete copy.sensitive;
  return copy as Value;
}

/** The conversion family, in alphabetical order. */
export const CONVERSION_FUNCTIONS: readonly TfFunction[] = [
  {
    // Kensa has no ephemeral values (they exist only during a run), so every value passes unchanged
    name: 'ephemeralasnull',
    params: ['value'],
    unknowns: 'handle',
    allowNull: true,
    call: ([v]) => withOrigin(v!, undefined),
  },
  {
    name: 'issensitive',
    params: ['value'],
    unknowns: 'handle',
    allowNull: true,
    call([v]) {
      if (v!.sensitive) return bool(true);
      if (v!.kind === 'unknown') return unknown(v!.reason, v!.source);
      return bool(false);
    },
  },
  {
    name: 'nonsensitive',
    params: ['value'],
    unknowns: 'handle',
    allowNull: true,
    call: ([v]) => withOrigin(withoutSensitive(v!), undefined),
  },
  {
    name: 'sensitive',
    params: ['value'],
    unknowns: 'handle',
    allowNull: true,
    call: ([v]) => withOrigin(markSensitive(v!), undefined),
  },
  converter('tobool', BOOL),
  converter('tolist', listOf(ANY)),
  converter('tomap', mapOf(ANY)),
  converter('tonumber', NUMBER),
  converter('toset', setOf(ANY)),
  converter('tostring', STRING),
];
