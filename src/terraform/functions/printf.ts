/**
 * The engine behind format() and formatlist(): cty's printf dialect. Verbs %v %#v %t %b %d %o %x
 * %X %e %E %f %g %G %s %q and %%, flags (space) + - 0 #, widths and precisions (also `*` from an
 * argument), and `%[n]` one-based argument indexes after which counting continues from n+1.
 * Widths and string precisions count grapheme clusters. Throws PrintfError with cty's messages;
 * `arg` is the zero-based index into the values when the fault is one value's.
 */
import { ConversionError, toBoolValue, toNumberValue, toStringValue } from '../coerce';
import type { Value } from '../value';
import { graphemes } from './graphemes';
import { encodeJson, quoteJson } from './json-text';

export class PrintfError extends Error {
  constructor(
    message: string,
    readonly arg?: number,
  ) {
    super(message);
  }
}

interface Verb {
  raw: string;
  offset: number;
  argNum: number;
  mode: string;
  zero: boolean;
  sharp: boolean;
  plus: boolean;
  minus: boolean;
  space: boolean;
  width: number; // -1: none
  prec: number; // -1: none
}

const VERB = /^%([0#+\- ]*)(?:\[([1-9][0-9]*)\])?([1-9][0-9]*|\*)?(?:\.([0-9]*|\*))?([A-Za-z])/;

/** Formats `values` by `format`; the values must be wholly known (nulls are allowed). */
export function printf(format: string, values: readonly Value[]): string {
  let out = '';
  let nextArg = 1;
  let highest = 0;
  let i = 0;
  while (i < format.length) {
    const c = format[i]!;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    if (format[i + 1] === '%') {
      out += '%';
      i += 2;
      continue;
    }
    const m = VERB.exec(format.slice(i));
    if (!m) {
      const bad = i + 1 < format.length ? i + 1 + (/^[0#+\- ]*(\[[0-9]*\]?)?[0-9]*(\.[0-9]*)?/.exec(format.slice(i + 1))?.[0].length ?? 0) : -1;
      if (bad < 0 || bad >= format.length) throw new PrintfError(`invalid format string starting at offset ${i}`);
      throw new PrintfError(`unrecognized format character ${goQuoteRune(format[bad]!)} at offset ${bad}`);
    }
    const flags = m[1]!;
    const verb: Verb = {
      raw: m[0],
      offset: i,
      argNum: m[2] ? Number(m[2]) : nextArg,
      mode: m[5]!,
      zero: flags.includes('0'),
      sharp: flags.includes('#'),
      plus: flags.includes('+'),
      minus: flags.includes('-'),
      space: flags.includes(' '),
      width: -1,
      prec: -1,
    };
    if (m[3] === '*') verb.width = takeInt(verb, values, 'width');
    else if (m[3]) verb.width = Number(m[3]);
    if (m[4] === '*') verb.prec = takeInt(verb, values, 'precision');
    else if (m[4] !== undefined) verb.prec = m[4] === '' ? 0 : Number(m[4]);
    out += formatOne(verb, values);
    highest = Math.max(highest, verb.argNum);
    nextArg = verb.argNum + 1;
    i += m[0].length;
  }
  if (highest < values.length) {
    throw new PrintfError(
      highest === 0 ? 'too many arguments; no verbs in format string' : `too many arguments; only ${highest} used by format string`,
      highest,
    );
  }
  return out;
}

function takeInt(verb: Verb, values: readonly Value[], what: string): number {
  const v = argFor(verb, values);
  verb.argNum++;
  const n = v.kind === 'number' ? v.value : NaN;
  if (!Number.isInteger(n)) throw new PrintfError(`invalid ${what} for ${JSON.stringify(verb.raw)} at ${verb.offset}: must be a whole number`, verb.argNum - 2);
  return n;
}

function argFor(verb: Verb, values: readonly Value[]): Value {
  const v = values[verb.argNum - 1];
  if (v === undefined) {
    throw new PrintfError(
      `not enough arguments for ${JSON.stringify(verb.raw)} at ${verb.offset}: need index ${verb.argNum} but have ${values.length} total`,
    );
  }
  return v;
}

function formatOne(verb: Verb, values: readonly Value[]): string {
  const arg = argFor(verb, values);
  const idx = verb.argNum - 1;
  const fail = (detail: string): never => {
    throw new PrintfError(`unsupported value for ${JSON.stringify(verb.raw)} at ${verb.offset}: ${detail}`, idx);
  };
  if (verb.mode !== 'v' && arg.kind === 'null') fail('null value cannot be formatted');
  const conv = (to: (v: Value) => Value): Value => {
    try {
      return to(arg);
    } catch (e) {
      if (e instanceof ConversionError) return fail(e.message);
      throw e;
    }
  };
  switch (verb.mode) {
    case 'v':
      if (!verb.sharp && arg.kind === 'string') return pad(verb, arg.value);
      if (!verb.sharp && arg.kind === 'number') return pad(verb, formatFloat(arg.value, 'g', -1));
      return pad(verb, encodeJson(arg));
    case 't': {
      const b = conv(toBoolValue);
      return b.kind === 'bool' && b.value ? 'true' : 'false';
    }
    case 'b': case 'd': case 'o': case 'x': case 'X': {
      const n = (conv(toNumberValue) as { value: number }).value;
      if (!Number.isInteger(n)) fail('an integer is required');
      return formatInteger(verb, n);
    }
    case 'e': case 'E': case 'f': case 'g': case 'G': {
      const n = (conv(toNumberValue) as { value: number }).value;
      const body = formatFloat(Math.abs(n), verb.mode, verb.prec);
      const sign = n < 0 || Object.is(n, -0) ? '-' : verb.plus ? '+' : verb.space ? ' ' : '';
      return padNumber(verb, sign, body);
    }
    case 's': case 'q': {
      let s = (conv(toStringValue) as { value: string }).value;
      if (verb.prec > 0) s = graphemes(s).slice(0, verb.prec).join('');
      return pad(verb, verb.mode === 'q' ? quoteJson(s) : s);
    }
    default:
      throw new PrintfError(`unsupported format verb ${goQuoteRune(verb.mode)} in ${JSON.stringify(verb.raw)} at offset ${verb.offset}`);
  }
}

function pad(verb: Verb, text: string): string {
  if (verb.width < 0) return text;
  const len = graphemes(text).length;
  if (len >= verb.width) return text;
  const fill = (verb.zero ? '0' : ' ').repeat(verb.width - len);
  return verb.minus ? text + fill : fill + text;
}

/** Go's numeric padding: zeros go between the sign and the digits; `-` pads with spaces on the right. */
function padNumber(verb: Verb, sign: string, digits: string): string {
  const len = sign.length + digits.length;
  if (verb.width < 0 || len >= verb.width) return sign + digits;
  const n = verb.width - len;
  if (verb.minus) return sign + digits + ' '.repeat(n);
  if (verb.zero) return sign + '0'.repeat(n) + digits;
  return ' '.repeat(n) + sign + digits;
}

function formatInteger(verb: Verb, n: number): string {
  const big = BigInt(n);
  const neg = big < 0n;
  const abs = neg ? -big : big;
  const radix = { b: 2, d: 10, o: 8, x: 16, X: 16 }[verb.mode as 'b']!;
  let digits = abs.toString(radix);
  if (verb.mode === 'X') digits = digits.toUpperCase();
  if (verb.prec >= 0) {
    if (verb.prec === 0 && abs === 0n) digits = '';
    digits = digits.padStart(verb.prec, '0');
  }
  let prefix = '';
  if (verb.sharp) prefix = { b: '0b', d: '', o: '0', x: '0x', X: '0X' }[verb.mode as 'b']!;
  if (prefix === '0' && digits.startsWith('0')) prefix = '';
  const sign = neg ? '-' : verb.plus ? '+' : verb.space ? ' ' : '';
  // Go ignores the 0 flag when a precision is given.
  const v = verb.prec >= 0 ? { ...verb, zero: false } : verb;
  if (v.zero && !v.minus && v.width > sign.length + prefix.length + digits.length) {
    return sign + prefix + '0'.repeat(v.width - sign.length - prefix.length - digits.length) + digits;
  }
  return padNumber({ ...v, zero: false }, '', sign + prefix + digits);
}

/**
 * A non-negative number in Go's big.Float %e/%f/%g notation; `prec` -1 means Go's default (6 for
 * %e and %f, shortest for %g).
 */
export function formatFloat(x: number, mode: string, prec: number): string {
  const upper = mode === 'E' || mode === 'G';
  const lower = mode.toLowerCase();
  let text: string;
  if (lower === 'f') {
    text = toFixedExact(x, prec < 0 ? 6 : prec);
  } else if (lower === 'e') {
    text = expNotation(x.toExponential(prec < 0 ? 6 : Math.min(prec, 100)));
  } else {
    // %g: shortest digits (prec -1) or `prec` significant digits, trailing zeros dropped.
    const [mant, exp] = decimalDigits(x, prec < 0 ? -1 : Math.max(prec, 1));
    let eprec = prec < 0 ? 6 : Math.max(prec, 1);
    if (prec >= 0 && eprec > mant.length && mant.length >= exp + 1) eprec = mant.length;
    if (exp < -4 || exp >= eprec) {
      text = mant[0]! + (mant.length > 1 ? '.' + mant.slice(1) : '') + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
    } else if (exp < 0) {
      text = '0.' + '0'.repeat(-exp - 1) + mant;
    } else if (mant.length <= exp + 1) {
      text = mant + '0'.repeat(exp + 1 - mant.length);
    } else {
      text = mant.slice(0, exp + 1) + '.' + mant.slice(exp + 1);
    }
  }
  return upper ? text.toUpperCase() : text;
}

/** Significant digits (no trailing zeros) and decimal exponent of a non-negative number. */
function decimalDigits(x: number, sig: number): [string, number] {
  if (x === 0) return ['0', 0];
  const e = sig < 0 ? x.toExponential() : x.toExponential(Math.min(sig, 100) - 1);
  const [m, exp] = e.split('e') as [string, string];
  let digits = m.replace('.', '').replace(/0+$/, '');
  if (digits === '') digits = '0';
  return [digits, Number(exp)];
}

function expNotation(js: string): string {
  return js.replace(/e([+-])(\d)$/, 'e$10$2');
}

function toFixedExact(x: number, prec: number): string {
  if (x < 1e21 && prec <= 100) return x.toFixed(prec);
  const int = BigInt(Math.trunc(x)).toString();
  return prec > 0 ? `${int}.${'0'.repeat(prec)}` : int;
}

function goQuoteRune(c: string): string {
  return `'${c === "'" ? "\\'" : c}'`;
}
