/**
 * Terraform's string functions: chomp, endswith, format, formatlist, indent, join, lower, regex,
 * regexall, replace, split, startswith, strcontains, strrev, substr, title, trim, trimprefix,
 * trimsuffix, trimspace, upper. Lengths and offsets count grapheme clusters, as cty does; regular
 * expressions are RE2, run by re2js in linear time (re2-pattern).
 */
import { firstUnknown, isWhollyKnown, list, NULL, object, str, tuple, unknown, bool, type Value } from '../value';
import { integerArg, sequenceArg, stringArg, stringElement } from './arguments';
import { FunctionError, type TfFunction } from './function';
import { graphemes } from './graphemes';
import { printf, PrintfError } from './printf';
import { compileRe2, Re2Error, type Re2Match, type Re2Pattern } from './re2-pattern';

const chomp: TfFunction = {
  name: 'chomp',
  params: ['str'],
  call: (args) => str(stringArg(args, 0).replace(/(?:\r\n|\r|\n)+$/, '')),
};

const endswith: TfFunction = {
  name: 'endswith',
  params: ['str', 'suffix'],
  call: (args) => bool(stringArg(args, 0).endsWith(stringArg(args, 1))),
};

const startswith: TfFunction = {
  name: 'startswith',
  params: ['str', 'prefix'],
  unknowns: 'handle',
  call: (args) => {
    const [s, prefix] = args as [Value, Value];
    // every string starts with "", so the result is known even for an unknown string (as cty refines it)
    if (prefix.kind === 'string' && prefix.value === '' && s.kind === 'unknown') return bool(true);
    const u = firstUnknown(s) ?? firstUnknown(prefix);
    if (u) return unknown(u.reason, u.source);
    return bool(stringArg(args, 0).startsWith(stringArg(args, 1)));
  },
};

const strcontains: TfFunction = {
  name: 'strcontains',
  params: ['str', 'substr'],
  call: (args) => bool(stringArg(args, 0).includes(stringArg(args, 1))),
};

function runPrintf(format: string, values: readonly Value[]): string {
  try {
    return printf(format, values);
  } catch (e) {
    if (e instanceof PrintfError) throw new FunctionError(e.message, e.arg === undefined ? 0 : e.arg + 1);
    throw e;
  }
}

const format: TfFunction = {
  name: 'format',
  params: ['format'],
  variadic: 'args',
  allowNull: true,
  call: (args) => {
    if (args[0]?.kind === 'null') throw new FunctionError('argument must not be null', 0);
    return str(runPrintf(stringArg(args, 0), args.slice(1)));
  },
};

const formatlist: TfFunction = {
  name: 'formatlist',
  params: ['format'],
  variadic: 'args',
  allowNull: true,
  unknowns: 'handle',
  call: (args) => {
    const fmt = args[0]!;
    if (fmt.kind === 'unknown') return unknown(fmt.reason, fmt.source);
    if (fmt.kind === 'null') throw new FunctionError('argument must not be null', 0);
    const text = stringArg(args, 0);
    const rest = args.slice(1);
    if (rest.length === 0) return list([str(runPrintf(text, []))]);
    let length = -1;
    let chooser = -1;
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i]!;
      if (a.kind === 'unknown') return unknown(a.reason, a.source);
      if (a.kind !== 'list') continue;
      if (length < 0) {
        length = a.items.length;
        chooser = i;
      } else if (a.items.length !== length) {
        throw new FunctionError(
          `argument ${i + 1} has length ${a.items.length}, which is inconsistent with argument ${chooser + 1} of length ${length}`,
          i + 1,
        );
      }
    }
    if (length === 0) return list([]);
    const out: Value[] = [];
    for (let n = 0; n < Math.max(length, 1); n++) {
      const call = rest.map((a) => (a.kind === 'list' ? a.items[n]! : a));
      const notKnown = call.find((a) => !isWhollyKnown(a));
      if (notKnown) {
        const u = firstUnknown(notKnown)!;
        out.push(unknown(u.reason, u.source));
        continue;
      }
      try {
        out.push(str(printf(text, call)));
      } catch (e) {
        if (e instanceof PrintfError) throw new FunctionError(`error on format iteration ${n}: ${e.message}`);
        throw e;
      }
    }
    return list(out);
  },
};

const indent: TfFunction = {
  name: 'indent',
  params: ['spaces', 'str'],
  call: (args) => {
    const n = integerArg(args, 0);
    return str(stringArg(args, 1).replaceAll('\n', '\n' + ' '.repeat(Math.max(n, 0))));
  },
};

const join: TfFunction = {
  name: 'join',
  params: ['separator'],
  variadic: 'lists',
  call: (args) => {
    const sep = stringArg(args, 0);
    if (args.length < 2) throw new FunctionError('at least one list is required');
    const parts: string[] = [];
    for (let i = 1; i < args.length; i++) {
      sequenceArg(args, i).forEach((item, j) => {
        if (item.kind === 'null') throw new FunctionError(`element ${j} is null; cannot concatenate null values`, i);
        parts.push(stringElement(item, i, `element ${j}`));
      });
    }
    return str(parts.join(sep));
  },
};

const lower: TfFunction = { name: 'lower', params: ['str'], call: (args) => str(stringArg(args, 0).toLowerCase()) };
const upper: TfFunction = { name: 'upper', params: ['str'], call: (args) => str(stringArg(args, 0).toUpperCase()) };

/** The pattern argument of regex and regexall, with cty's error text: `invalid regexp pattern: <code> in <expr>`. */
function pattern(args: readonly Value[], i: number): Re2Pattern {
  try {
    return compileRe2(stringArg(args, i));
  } catch (e) {
    if (e instanceof Re2Error) throw new FunctionError(`invalid regexp pattern: ${e.code} in ${e.expr}`, i);
    throw e;
  }
}

/** The shape regex() returns for a pattern (checked by checkGroups): whole match, tuple of groups, or object of named groups. */
function matchResult(re: Re2Pattern, m: Re2Match): Value {
  if (re.groups.length === 0) return str(m.groups[0]!);
  const groupValue = (s: string | undefined): Value => (s === undefined ? NULL : str(s));
  if (re.groups.every((g) => g === '')) return tuple(re.groups.map((_, i) => groupValue(m.groups[i + 1])));
  const entries = new Map<string, Value>();
  const named = re.groups.map((name, i) => [name, i] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, i] of named) entries.set(name, groupValue(m.groups[i + 1]));
  return object(entries);
}

function checkGroups(re: Re2Pattern): void {
  const named = re.groups.filter((g) => g !== '').length;
  if (named > 0 && named < re.groups.length) {
    throw new FunctionError('invalid regexp pattern: cannot mix both named and unnamed capture groups', 0);
  }
}

const regex: TfFunction = {
  name: 'regex',
  params: ['pattern', 'string'],
  call: (args) => {
    const re = pattern(args, 0);
    checkGroups(re);
    const m = re.first(stringArg(args, 1));
    if (!m) throw new FunctionError('pattern did not match any part of the given string');
    return matchResult(re, m);
  },
};

const regexall: TfFunction = {
  name: 'regexall',
  params: ['pattern', 'string'],
  call: (args) => {
    const re = pattern(args, 0);
    checkGroups(re);
    return list(re.all(stringArg(args, 1)).map((m) => matchResult(re, m)));
  },
};

const replace: TfFunction = {
  name: 'replace',
  params: ['str', 'substr', 'replace'],
  call: (args) => {
    const text = stringArg(args, 0);
    const sub = stringArg(args, 1);
    const repl = stringArg(args, 2);
    if (sub.length > 1 && sub.startsWith('/') && sub.endsWith('/')) {
      let re: Re2Pattern;
      try {
        re = compileRe2(sub.slice(1, -1));
      } catch (e) {
        // Terraform returns regexp.Compile's error as it is
        if (e instanceof Re2Error) throw new FunctionError(e.message, 1);
        throw e;
      }
      return str(re.replaceAll(text, repl));
    }
    // Go's strings.Replace with an empty old string inserts at every character boundary.
    if (sub === '') return str(repl + Array.from(text).map((c) => c + repl).join(''));
    return str(text.split(sub).join(repl));
  },
};

const split: TfFunction = {
  name: 'split',
  params: ['separator', 'str'],
  call: (args) => {
    const sep = stringArg(args, 0);
    const text = stringArg(args, 1);
    const parts = sep === '' ? Array.from(text) : text.split(sep);
    return list(parts.map((p) => str(p)));
  },
};

const strrev: TfFunction = {
  name: 'strrev',
  params: ['str'],
  call: (args) => str(graphemes(stringArg(args, 0)).reverse().join('')),
};

const substr: TfFunction = {
  name: 'substr',
  params: ['str', 'offset', 'length'],
  call: (args) => {
    const chars = graphemes(stringArg(args, 0));
    let offset = integerArg(args, 1);
    const length = integerArg(args, 2);
    if (offset < 0) offset = Math.max(chars.length + offset, 0);
    if (offset >= chars.length) return str('');
    const end = length < 0 ? chars.length : Math.min(offset + length, chars.length);
    return str(chars.slice(offset, end).join(''));
  },
};

/** Go's unicode.IsSpace. */
const GO_SPACE = '\t\n\v\f\r \u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

const title: TfFunction = {
  name: 'title',
  params: ['str'],
  call: (args) => {
    // Go's strings.Title: a letter starts a word when the previous character is a separator.
    let prev = ' ';
    let out = '';
    for (const c of stringArg(args, 0)) {
      out += isSeparator(prev) ? c.toUpperCase() : c;
      prev = c;
    }
    return str(out);
  },
};

function isSeparator(c: string): boolean {
  if (c.codePointAt(0)! < 0x80) return !/[0-9A-Za-z_]/.test(c);
  if (/[\p{L}\p{Nd}]/u.test(c)) return false;
  return GO_SPACE.includes(c);
}

const trim: TfFunction = {
  name: 'trim',
  params: ['str', 'cutset'],
  call: (args) => {
    const cut = new Set(Array.from(stringArg(args, 1)));
    const chars = Array.from(stringArg(args, 0));
    let a = 0;
    let b = chars.length;
    while (a < b && cut.has(chars[a]!)) a++;
    while (b > a && cut.has(chars[b - 1]!)) b--;
    return str(chars.slice(a, b).join(''));
  },
};

const trimprefix: TfFunction = {
  name: 'trimprefix',
  params: ['str', 'prefix'],
  call: (args) => {
    const s = stringArg(args, 0);
    const p = stringArg(args, 1);
    return str(s.startsWith(p) ? s.slice(p.length) : s);
  },
};

const trimsuffix: TfFunction = {
  name: 'trimsuffix',
  params: ['str', 'suffix'],
  call: (args) => {
    const s = stringArg(args, 0);
    const p = stringArg(args, 1);
    return str(p !== '' && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
  },
};

const trimspace: TfFunction = {
  name: 'trimspace',
  params: ['str'],
  call: (args) => {
    const chars = Array.from(stringArg(args, 0));
    let a = 0;
    let b = chars.length;
    while (a < b && GO_SPACE.includes(chars[a]!)) a++;
    while (b > a && GO_SPACE.includes(chars[b - 1]!)) b--;
    return str(chars.slice(a, b).join(''));
  },
};

/** The string family, sorted by name. */
export const STRING_FUNCTIONS: readonly TfFunction[] = [
  chomp,
  endswith,
  format,
  formatlist,
  indent,
  join,
  lower,
  regex,
  regexall,
  replace,
  split,
  startswith,
  strcontains,
  strrev,
  substr,
  title,
  trim,
  trimprefix,
  trimspace,
  trimsuffix,
  upper,
];
