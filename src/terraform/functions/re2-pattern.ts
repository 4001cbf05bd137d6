/**
 * Terraform's regular expressions are Go's RE2: re2js (a port of RE2, pure JavaScript) compiles and
 * runs them, so every pattern from the workspace or kensa.jsonc matches in time linear in its input
 * (no backtracking), with RE2's syntax: `(?P<name>...)`, `(?i)`, `\pL`, `[[:digit:]]`, and RE2's
 * rejections of backreferences and lookaround. Go's semantics on top of re2js's matcher (which
 * follows Java's): "find all" skips an empty match right after a previous match, and replacement
 * templates expand `$1`, `${1}`, `$name`, `${name}` and `$$` as Go's Regexp.Expand does.
 */
import { RE2JS, RE2JSSyntaxException } from 're2js';

/** A pattern RE2 rejects: Go's error code (`missing closing )`) and the offending text. */
export class Re2Error extends Error {
  constructor(
    readonly code: string,
    readonly expr: string,
  ) {
    // Go's *syntax.Error text, as regexp.Compile returns it
    super(`error parsing regexp: ${code}: \`${expr}\``);
  }
}

export interface Re2Match {
  /** UTF-16 offsets of the whole match. */
  readonly start: number;
  readonly end: number;
  /** The whole match, then each group's text (undefined where the group took no part). */
  readonly groups: readonly (string | undefined)[];
}

export interface Re2Pattern {
  /** Capture group names in order; '' for an unnamed group. */
  readonly groups: readonly string[];
  /** Whether the pattern matches anywhere in text. */
  test(text: string): boolean;
  /** The leftmost match, as Go's FindStringSubmatch. */
  first(text: string): Re2Match | undefined;
  /** Every match, as Go's FindAllStringSubmatch. */
  all(text: string): Re2Match[];
  /** Go's Regexp.ReplaceAllString. */
  replaceAll(text: string, template: string): string;
}

const cache = new Map<string, Re2Pattern>();
const CACHE_SIZE = 256;

/** Compiles an RE2 pattern; throws Re2Error for one RE2 rejects. */
export function compileRe2(pattern: string): Re2Pattern {
  const hit = cache.get(pattern);
  if (hit) return hit;
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern);
  } catch (e) {
    if (e instanceof RE2JSSyntaxException) throw new Re2Error(e.getDescription(), e.getPattern() ?? pattern);
    throw e;
  }
  const groups = Array.from({ length: re.groupCount() }, () => '');
  for (const [name, index] of Object.entries(re.namedGroups())) groups[index - 1] = name;
  const compiled = new CompiledPattern(re, groups);
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(pattern, compiled);
  return compiled;
}

class CompiledPattern implements Re2Pattern {
  constructor(
    private readonly re: RE2JS,
    readonly groups: readonly string[],
  ) {}

  test(text: string): boolean {
    return this.re.matcher(text).find();
  }

  first(text: string): Re2Match | undefined {
    const m = this.re.matcher(text);
    return m.find() ? this.read(m) : undefined;
  }

  all(text: string): Re2Match[] {
    const m = this.re.matcher(text);
    const out: Re2Match[] = [];
    let pos = 0;
    let prevEnd = -1;
    while (pos <= text.length && m.find(pos)) {
      const match = this.read(m);
      let accept = true;
      if (match.end === pos) {
        // an empty match: never right after the previous match; step over one code point
        if (match.start === prevEnd) accept = false;
        const cp = text.codePointAt(pos);
        pos += cp !== undefined && cp > 0xffff ? 2 : 1;
      } else {
        pos = match.end;
      }
      prevEnd = match.end;
      if (accept) out.push(match);
    }
    return out;
  }

  replaceAll(text: string, template: string): string {
    let out = '';
    let last = 0;
    for (const m of this.all(text)) {
      out += text.slice(last, m.start) + this.expand(template, m);
      last = m.end;
    }
    return out + text.slice(last);
  }

  private read(m: ReturnType<RE2JS['matcher']>): Re2Match {
    const groups: (string | undefined)[] = [];
    for (let i = 0; i <= this.groups.length; i++) groups.push(m.group(i) ?? undefined);
    return { start: m.start(), end: m.end(), groups };
  }

  private expand(template: string, m: Re2Match): string {
    return template.replace(/\$(\$|\{([A-Za-z0-9_]+)\}|([A-Za-z0-9_]+))/g, (all, _x: string, braced?: string, bare?: string) => {
      if (all === '$$') return '$';
      const name = braced ?? bare!;
      if (/^\d+$/.test(name)) return m.groups[Number(name)] ?? '';
      const index = this.groups.indexOf(name);
      return index < 0 ? '' : (m.groups[index + 1] ?? '');
    });
  }
}
