/**
 * Terraform's regular expressions are Go's RE2 syntax; this turns one into an equivalent JS
 * RegExp (always in `u` mode, as RE2 matches code points), and runs it with Go's semantics for
 * "find all" and "replace all" (an empty match right after a previous match is skipped) and Go's
 * `$1` / `${name}` replacement template. Constructs JS lacks or RE2 forbids throw Re2Error.
 */

export class Re2Error extends Error {}

export interface Re2Pattern {
  /** Global (`g`) RegExp equivalent to the pattern. */
  readonly regexp: RegExp;
  /** Capture group names in order; '' for an unnamed group. */
  readonly groups: readonly string[];
}

const CATEGORIES = new Set(
  'L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co Cn'.split(' '),
);
const POSIX: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7f',
  blank: '\\t ',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};
const SPACE = '\\t\\n\\f\\r ';
const JS_SYNTAX = '^$\\.*+?()[]{}|/';

/** Translates an RE2 pattern; throws Re2Error for syntax JS cannot express or RE2 rejects. */
export function compileRe2(pattern: string): Re2Pattern {
  let flags = '';
  let i = 0;
  const lead = /^\(\?([imsU]+)\)/.exec(pattern);
  if (lead) {
    if (lead[1]!.includes('U')) throw new Re2Error('ungreedy flag (?U) is not supported');
    flags = [...new Set(lead[1]!)].join('');
    i = lead[0].length;
  }
  const groups: string[] = [];
  let out = '';
  let inClass = false;
  let classStart = false;
  while (i < pattern.length) {
    const c = pattern[i]!;
    if (c === '\\') {
      const [text, used] = translateEscape(pattern, i, inClass);
      out += text;
      i += used;
      classStart = false;
      continue;
    }
    if (inClass) {
      if (c === ']' && !classStart) {
        inClass = false;
        out += ']';
      } else if (c === ']') {
        out += '\\]';
      } else if (c === '[' && pattern[i + 1] === ':') {
        const m = /^\[:(\^?)([a-z]+):\]/.exec(pattern.slice(i));
        const set = m ? POSIX[m[2]!] : undefined;
        if (!m || set === undefined) throw new Re2Error(`invalid character class range: ${pattern.slice(i, i + 10)}`);
        if (m[1]) throw new Re2Error('negated POSIX classes inside brackets are not supported');
        out += set;
        i += m[0].length;
        classStart = false;
        continue;
      } else if (c === '[') {
        out += '\\[';
      } else {
        out += c;
      }
      classStart = false;
      i++;
      continue;
    }
    switch (c) {
      case '[':
        inClass = true;
        classStart = true;
        if (pattern[i + 1] === '^') {
          out += '[^';
          i += 2;
        } else {
          out += '[';
          i++;
        }
        continue;
      case '(': {
        if (pattern[i + 1] !== '?') {
          groups.push('');
          out += '(';
          i++;
          continue;
        }
        const rest = pattern.slice(i);
        const named = /^\(\?P?<([A-Za-z0-9_]+)>/.exec(rest);
        if (named) {
          groups.push(named[1]!);
          out += `(?<${named[1]}>`;
          i += named[0].length;
          continue;
        }
        if (rest.startsWith('(?:')) {
          out += '(?:';
          i += 3;
          continue;
        }
        throw new Re2Error(`invalid or unsupported Perl syntax: \`${rest.slice(0, 3)}\``);
      }
      case '{': {
        const rep = /^\{\d+(,\d*)?\}/.exec(pattern.slice(i));
        if (rep) {
          out += rep[0];
          i += rep[0].length;
        } else {
          out += '\\{';
          i++;
        }
        continue;
      }
      case '}':
        out += '\\}';
        i++;
        continue;
      default:
        out += c;
        i++;
    }
  }
  if (inClass) throw new Re2Error(`missing closing ]: \`${pattern}\``);
  let regexp: RegExp;
  try {
    regexp = new RegExp(out, `${flags}gu`);
  } catch (e) {
    throw new Re2Error((e as Error).message.replace(/^Invalid regular expression: /, ''));
  }
  return { regexp, groups };
}

function translateEscape(p: string, i: number, inClass: boolean): [string, number] {
  const c = p[i + 1];
  if (c === undefined) throw new Re2Error('trailing backslash at end of expression');
  switch (c) {
    case 'Q': {
      const end = p.indexOf('\\E', i + 2);
      const lit = end < 0 ? p.slice(i + 2) : p.slice(i + 2, end);
      return [lit.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&'), (end < 0 ? p.length : end + 2) - i];
    }
    case 'A':
      return [inClass ? bad(c) : '(?<![\\s\\S])', 2];
    case 'z':
      return [inClass ? bad(c) : '(?![\\s\\S])', 2];
    case 's':
      return [inClass ? SPACE : `[${SPACE}]`, 2];
    case 'S':
      return [inClass ? '\\S' : `[^${SPACE}]`, 2];
    case 'a':
      return ['\\x07', 2];
    case 'd': case 'D': case 'w': case 'W': case 'n': case 't': case 'r': case 'f': case 'v':
      return [`\\${c}`, 2];
    case 'b': case 'B':
      return [inClass ? bad(c) : `\\${c}`, 2];
    case 'x': {
      const braced = /^\\x\{([0-9A-Fa-f]{1,6})\}/.exec(p.slice(i));
      if (braced) return [`\\u{${braced[1]}}`, braced[0].length];
      const two = /^\\x[0-9A-Fa-f]{2}/.exec(p.slice(i));
      if (two) return [two[0], 4];
      return [bad(c), 2];
    }
    case 'p': case 'P': {
      const m = /^\\[pP](?:\{(\^?)([A-Za-z_]+)\}|([A-Za-z]))/.exec(p.slice(i));
      if (!m) return [bad(c), 2];
      const negate = (c === 'P') !== Boolean(m[1]);
      const name = m[2] ?? m[3]!;
      const prop = name === 'Any' ? 'Any' : CATEGORIES.has(name) ? name : `Script=${name}`;
      return [`\\${negate ? 'P' : 'p'}{${prop}}`, m[0].length];
    }
    default:
      if (/[0-9A-Za-z]/.test(c)) return [bad(c), 2];
      // RE2 lets any punctuation be escaped; JS's u mode only the syntax characters.
      if (JS_SYNTAX.includes(c) || (inClass && c === '-')) return [`\\${c}`, 2];
      return [c, 2];
  }
}

function bad(c: string): never {
  throw new Re2Error(`invalid escape sequence: \`\\${c}\``);
}

/** Every match as Go's FindAll reports them: an empty match touching the previous one is skipped. */
export function findAll(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let pos = 0;
  let prevEnd = -1;
  while (pos <= text.length) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    const end = m.index + m[0].length;
    let accept = true;
    if (end === pos && m[0].length === 0) {
      if (m.index === prevEnd) accept = false;
      const cp = text.codePointAt(pos);
      pos += cp === undefined ? 1 : cp > 0xffff ? 2 : 1;
    } else {
      pos = end;
    }
    prevEnd = end;
    if (accept) out.push(m);
  }
  return out;
}

/** Go's Regexp.ReplaceAllString: `$1`, `${1}`, `$name`, `${name}` and `$$` in the template. */
export function replaceAll(re: RegExp, text: string, template: string): string {
  let out = '';
  let last = 0;
  for (const m of findAll(re, text)) {
    out += text.slice(last, m.index) + expand(template, m);
    last = m.index + m[0].length;
  }
  return out + text.slice(last);
}

function expand(template: string, m: RegExpExecArray): string {
  return template.replace(/\$(\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (all, _x: string, braced?: string, bare?: string) => {
    if (all === '$$') return '$';
    const name = braced ?? bare!;
    if (/^\d+$/.test(name)) return m[Number(name)] ?? '';
    return m.groups?.[name] ?? '';
  });
}
