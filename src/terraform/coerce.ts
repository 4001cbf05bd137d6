/**
 * Terraform's automatic conversions between primitive types, as function arguments and operators
 * apply them: a number or bool becomes a string, a string that spells a number or bool becomes one.
 * Each returns the converted value, or throws ConversionError with a message Terraform would give.
 * Unknown and null pass through unchanged; callers decide what they mean.
 */
import { bool, num, str, type Value } from './value';

export class ConversionError extends Error {}

/** Formats a number as Terraform prints it: integers without a fraction, others shortest-exact. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  const s = String(n);
  if (!s.includes('e')) return s;
  // spell out exponents as cty's big-float text does (1e-7 -> 0.0000001)
  const [mant, expText] = s.split('e') as [string, string];
  const exp = Number(expText);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  const point = (mant.replace('-', '').indexOf('.') < 0 ? mant.replace('-', '').length : mant.replace('-', '').indexOf('.')) + exp;
  let out: string;
  if (point <= 0) out = '0.' + '0'.repeat(-point) + digits;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = digits.slice(0, point) + '.' + digits.slice(point);
  return (neg ? '-' : '') + out;
}

export function toStringValue(v: Value): Value {
  switch (v.kind) {
    case 'string':
    case 'unknown':
    case 'null':
      return v;
    case 'number':
      return str(formatNumber(v.value), v.origin);
    case 'bool':
      return str(v.value ? 'true' : 'false', v.origin);
    default:
      throw new ConversionError(`string required, but have ${v.type}`);
  }
}

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export function toNumberValue(v: Value): Value {
  switch (v.kind) {
    case 'number':
    case 'unknown':
    case 'null':
      return v;
    case 'string':
      if (NUMBER.test(v.value)) return num(Number(v.value), v.origin);
      throw new ConversionError(`cannot convert "${v.value}" to number; given string must be a decimal representation of a number`);
    case 'bool':
      throw new ConversionError('number required, but have bool');
    default:
      throw new ConversionError(`number required, but have ${v.type}`);
  }
}

export function toBoolValue(v: Value): Value {
  switch (v.kind) {
    case 'bool':
    case 'unknown':
    case 'null':
      return v;
    case 'string':
      if (v.value === 'true') return bool(true, v.origin);
      if (v.value === 'false') return bool(false, v.origin);
      throw new ConversionError(`cannot convert "${v.value}" to bool; only the strings "true" or "false" are allowed`);
    case 'number':
      throw new ConversionError('bool required, but have number');
    default:
      throw new ConversionError(`bool required, but have ${v.type}`);
  }
}
