/**
 * Terraform's numeric functions (developer.hashicorp.com/terraform/language/functions, "Numeric
 * Functions"). Arguments auto-convert from strings that spell numbers. Terraform computes with
 * arbitrary-precision decimals; Kensa uses IEEE doubles, which agree for the integers and short
 * decimals configurations use.
 */
import { ConversionError, toNumberValue } from '../coerce';
import { num, type Value } from '../value';
import { FunctionError, type TfFunction } from './function';

function numberArg(v: Value, arg: number): number {
  let n: Value;
  try {
    n = toNumberValue(v);
  } catch (e) {
    if (e instanceof ConversionError) throw new FunctionError(e.message, arg);
    throw e;
  }
  if (n.kind !== 'number') throw new FunctionError('number required', arg);
  return n.value;
}

/** A numeric result; cty numbers have no negative zero and no NaN. */
function result(x: number): Value {
  if (Number.isNaN(x)) throw new FunctionError('the result is not a real number');
  return num(x === 0 ? 0 : x);
}

function unary(name: string, f: (x: number) => number): TfFunction {
  return { name, params: ['num'], call: ([x]) => result(f(numberArg(x!, 0))) };
}

function extreme(name: string, pick: (...xs: number[]) => number): TfFunction {
  return {
    name,
    params: [],
    variadic: 'numbers',
    call(args) {
      if (args.length === 0) throw new FunctionError('must pass at least one number');
      return result(pick(...args.map((a, i) => numberArg(a, i))));
    },
  };
}

/** A digit's value as Go's big.Int.SetString reads it: letters case-insensitive up to base 36. */
function digitValue(c: string, base: number): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 122) return code - 97 + 10;
  if (code >= 65 && code <= 90) return code - 65 + (base <= 36 ? 10 : 36);
  return Infinity;
}

const parseint: TfFunction = {
  name: 'parseint',
  params: ['number', 'base'],
  call([numberArgValue, baseArg]) {
    const text = numberArgValue!;
    if (text.kind !== 'string') throw new FunctionError(`first argument must be a string, not ${text.kind === 'list' || text.kind === 'object' ? text.type : text.kind}`, 0);
    const base = numberArg(baseArg!, 1);
    if (!Number.isInteger(base) || base < 2 || base > 62) throw new FunctionError('base must be a whole number between 2 and 62 inclusive', 1);
    const bad = (): never => {
      throw new FunctionError(`cannot parse ${JSON.stringify(text.value)} as a base ${base} integer`, 0);
    };
    let digits = text.value;
    let negative = false;
    if (digits.startsWith('-') || digits.startsWith('+')) {
      negative = digits.startsWith('-');
      digits = digits.slice(1);
    }
    if (digits === '') bad();
    // BigInt keeps every digit exact; the result is rounded once, as converting cty's big number is
    let value = 0n;
    const b = BigInt(base);
    for (const c of digits) {
      const d = digitValue(c, base);
      if (d >= base) bad();
      value = value * b + BigInt(d);
    }
    return num(Number(negative ? -value : value));
  },
};

/** The numeric family, in alphabetical order. */
export const NUMERIC_FUNCTIONS: readonly TfFunction[] = [
  unary('abs', Math.abs),
  unary('ceil', Math.ceil),
  unary('floor', Math.floor),
  {
    name: 'log',
    params: ['num', 'base'],
    call: ([x, base]) => result(Math.log(numberArg(x!, 0)) / Math.log(numberArg(base!, 1))),
  },
  extreme('max', Math.max),
  extreme('min', Math.min),
  parseint,
  {
    name: 'pow',
    params: ['num', 'power'],
    call: ([x, p]) => result(Math.pow(numberArg(x!, 0), numberArg(p!, 1))),
  },
  unary('signum', (x) => (x > 0 ? 1 : x < 0 ? -1 : 0)),
];
