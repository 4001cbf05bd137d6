/**
 * YAML for yamldecode and yamlencode.
 *
 * parseYaml reads YAML with the `yaml` package (eemeli/yaml: the whole YAML syntax, anchors and
 * aliases, block scalars, escapes, directives) into its syntax tree, every scalar kept as the text
 * written, and then resolves that tree as go-cty-yaml does, which no library does: plain scalars by
 * YAML 1.1's rules as go-yaml reads them (`yes`/`no`/`on`/`off` booleans, `~` null, `0b` numbers,
 * `0x`/`0o` left as strings unless tagged `!!int`, timestamps turned into RFC 3339 strings), `<<`
 * merge keys, mapping keys made strings (`y: 1` is `{"true" = 1}`), mappings as objects and
 * sequences as tuples, one document only, an anchor never used inside its own definition.
 * An alias is converted once however often it is used, so a "billion laughs" stays linear.
 *
 * stringifyYaml writes what Terraform's yamlencode writes: go-yaml's emitter, by hand, since no
 * JavaScript library writes go-yaml's exact text (strings double-quoted or literal `|` with its
 * indentation and chomping indicators, long double-quoted strings folded at the first space past
 * column 80, keys in cty's sorted order, `...` after an open-ended document). Checked against
 * `yaml` 2.9's Document.toString with every scalar's type set by hand: it gets the layout right but
 * folds a long string at the last space before column 80 (go-yaml breaks at the first one after
 * it, so lines differ), has no option for go-yaml's rule, and writes no `...` after a root scalar
 * or a `|+` block; matching Terraform would mean re-folding its output by hand anyway.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, Scalar, type Document, type Node, type ParsedNode } from 'yaml';
import { formatNumber } from '../coerce';
import { NULL, bool, num, object, str, tuple, type Value } from '../value';
import { base64Decode } from './bytes-text';
import { compareStrings } from './json-text';

export class YamlError extends Error {}

// ---------------------------------------------------------------- decoding

const CORE_TAG = 'tag:yaml.org,2002:';

/** The tree of one document, resolved as go-cty-yaml resolves it. */
class Resolver {
  private readonly lineStarts: number[] = [0];
  /** Anchored nodes already converted, and those being converted (to refuse a self-reference). */
  private readonly done = new Map<Node, Value>();
  private readonly open = new Set<Node>();

  constructor(
    src: string,
    private readonly doc: Document.Parsed,
  ) {
    for (let i = 0; i < src.length; i++) if (src[i] === '\n') this.lineStarts.push(i + 1);
  }

  fail(message: string, at: number): never {
    let line = 0;
    while (line + 1 < this.lineStarts.length && this.lineStarts[line + 1]! <= at) line++;
    throw new YamlError(`on line ${line + 1}, column ${at - this.lineStarts[line]! + 1}: ${message}`);
  }

  value(node: ParsedNode | null | undefined | unknown, at: number): Value {
    if (node === null || node === undefined) return NULL;
    if (isAlias(node)) {
      const target = node.resolve(this.doc);
      const where = node.range?.[0] ?? at;
      if (!target) return this.fail(`reference to undefined anchor ${JSON.stringify(node.source)}`, where);
      if (this.open.has(target)) return this.fail(`cannot refer to anchor ${JSON.stringify(node.source)} from inside its own definition`, where);
      return this.value(target, where);
    }
    const n = node as ParsedNode;
    const known = this.done.get(n);
    if (known) return known;
    const where = n.range?.[0] ?? at;
    this.open.add(n);
    const v = this.convert(n, where);
    this.open.delete(n);
    if (n.anchor) this.done.set(n, v);
    return v;
  }

  private convert(n: ParsedNode, at: number): Value {
    const tag = n.tag === undefined ? undefined : n.tag.startsWith(CORE_TAG) ? '!!' + n.tag.slice(CORE_TAG.length) : n.tag;
    if (isScalar(n)) {
      const quoted = n.type !== Scalar.PLAIN;
      return this.resolve(tag, String(n.source ?? n.value ?? ''), quoted, at);
    }
    if (isSeq(n)) {
      if (tag === '!!map') this.fail(`can't interpret sequence as ${tag}`, at);
      return tuple(n.items.map((item) => (isPair(item) ? this.mapping([item], at) : this.value(item, at))));
    }
    if (isMap(n)) {
      if (tag === '!!seq') this.fail(`can't interpret mapping as ${tag}`, at);
      return this.mapping(n.items, at);
    }
    return this.fail('unsupported YAML node', at);
  }

  private mapping(pairs: readonly { key: unknown; value: unknown }[], at: number): Value {
    const entries = new Map<string, Value>();
    for (const pair of pairs) {
      const keyNode = pair.key as ParsedNode | null;
      const keyAt = keyNode?.range?.[0] ?? at;
      const value = this.value(pair.value, keyAt);
      if (isScalar(keyNode) && keyNode.type === Scalar.PLAIN && keyNode.tag === undefined && keyNode.source === '<<') {
        this.merge(entries, value, keyAt);
        continue;
      }
      entries.set(this.keyText(this.value(keyNode, keyAt), keyAt), value);
    }
    return sortedObject(entries);
  }

  private merge(entries: Map<string, Value>, value: Value, at: number): void {
    const sources = value.kind === 'list' ? value.items : [value];
    for (const s of sources) {
      if (s.kind !== 'object') this.fail(`cannot merge ${s.kind === 'list' ? 'tuple' : s.kind} into mapping`, at);
      for (const [k, v] of s.entries) entries.set(k, v);
    }
  }

  private keyText(v: Value, at: number): string {
    switch (v.kind) {
      case 'string':
        return v.value;
      case 'number':
        return formatNumber(v.value);
      case 'bool':
        return v.value ? 'true' : 'false';
      case 'null':
        return this.fail('mapping key cannot be null', at);
      default:
        return this.fail('only strings are allowed as mapping keys', at);
    }
  }

  /** A scalar's text under its tag, as go-cty-yaml resolves it. */
  private resolve(tag: string | undefined, src: string, quoted: boolean, at: number): Value {
    if (tag !== undefined && !RESOLVABLE.has(tag)) {
      if (tag === '!!map' || tag === '!!seq') return this.fail(`can't interpret scalar as ${tag}`, at);
      return this.fail(`unsupported tag ${JSON.stringify(tag.startsWith('!!') ? CORE_TAG + tag.slice(2) : tag)}`, at);
    }
    if (quoted && tag === undefined) return str(src);
    if (tag === undefined || (tag !== '!!str' && tag !== '!!binary')) {
      const hit = RESOLVE_MAP.get(src);
      if (hit !== undefined && (tag === undefined || tag === hit.tag)) return hit.value;
      if (tag === undefined) {
        if (['.nan', '.NaN', '.NAN'].includes(src)) this.fail('floating point NaN is not supported', at);
        const hint = src === '' ? 'N' : /[+-]/.test(src[0]!) ? 'S' : /[0-9]/.test(src[0]!) ? 'D' : src[0] === '.' ? '.' : '';
        if (hint === '.' && DECIMAL.test(src)) return num(Number(src));
        if (hint === 'D' || hint === 'S') {
          const ts = yamlTimestamp(src);
          if (ts !== undefined) return str(ts);
          const plain = src.replaceAll('_', '');
          if (DECIMAL.test(plain)) return num(Number(plain));
          const bin = /^(-?)0b([01]+)$/.exec(plain);
          if (bin) return num(Number.parseInt(bin[2]!, 2) * (bin[1] ? -1 : 1));
        }
        return str(src);
      }
    }
    switch (tag) {
      case '!!str':
        return str(src);
      case '!!binary':
        try {
          base64Decode(src.replace(/\s+/g, ''));
        } catch {
          this.fail(`cannot parse ${JSON.stringify(src)} as ${tag}: not valid base64`, at);
        }
        return str(src);
      case '!!bool':
        return this.fail(`cannot parse ${JSON.stringify(src)} as ${tag}`, at);
      case '!!int':
      case '!!float': {
        const plain = src.replaceAll('_', '');
        if (DECIMAL.test(plain)) return num(Number(plain));
        const m = /^([+-]?)(0x[0-9a-fA-F]+|0o[0-7]+|0b[01]+|0[0-7]+)$/.exec(plain);
        if (m) {
          const body = m[2]!;
          const n = /^0[0-7]/.test(body) ? Number.parseInt(body.slice(1), 8) : Number(body);
          return num(m[1] === '-' ? -n : n);
        }
        return this.fail(`cannot parse ${JSON.stringify(src)} as ${tag}`, at);
      }
      case '!!timestamp': {
        const ts = yamlTimestamp(src);
        return ts === undefined ? this.fail(`cannot parse ${JSON.stringify(src)} as ${tag}`, at) : str(ts);
      }
      case '!!null':
        return NULL;
      default:
        return str(src);
    }
  }
}

const RESOLVABLE = new Set(['!!str', '!!bool', '!!int', '!!float', '!!null', '!!timestamp', '!!binary']);
const DECIMAL = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

const RESOLVE_MAP: ReadonlyMap<string, { value: Value; tag: string }> = (() => {
  const m = new Map<string, { value: Value; tag: string }>();
  const add = (value: Value, tag: string, names: string) => names.split(' ').forEach((n) => m.set(n === '""' ? '' : n, { value, tag }));
  add(bool(true), '!!bool', 'y Y yes Yes YES true True TRUE on On ON');
  add(bool(false), '!!bool', 'n N no No NO false False FALSE off Off OFF');
  add(NULL, '!!null', '"" ~ null Null NULL');
  add(num(Infinity), '!!float', '.inf .Inf .INF +.inf +.Inf +.INF');
  add(num(-Infinity), '!!float', '-.inf -.Inf -.INF');
  return m;
})();

/** A YAML timestamp in one of the forms go-cty-yaml accepts, as RFC 3339 text; undefined otherwise. */
function yamlTimestamp(s: string): string | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:([Tt ])(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d{1,9})?(Z|[+-]\d{2}:\d{2})?)?$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, sep, h = '0', mi = '0', se = '0', zone] = m;
  if (sep !== undefined && (sep === ' ') !== (zone === undefined)) return undefined;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(Number(y), month, 0)).getUTCDate()) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(se) > 59) return undefined;
  const p2 = (x: string | number) => String(x).padStart(2, '0');
  return `${y}-${p2(month)}-${p2(day)}T${p2(h)}:${p2(mi)}:${p2(se)}${!zone || zone === 'Z' || zone === '+00:00' ? 'Z' : zone}`;
}

function sortedObject(entries: Map<string, Value>): Value {
  return object(new Map([...entries].sort((a, b) => compareStrings(a[0], b[0]))));
}

/** Parses one YAML document into a value: mappings become objects, sequences tuples. */
export function parseYaml(text: string): Value {
  // every scalar as written (failsafe), resolved above; later keys win, as in go-cty-yaml
  const docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, version: '1.1', strict: false });
  const list = Array.isArray(docs) ? docs : [docs];
  if (list.length === 0) return NULL;
  const doc = list[0]!;
  const resolver = new Resolver(text, doc as Document.Parsed);
  const error = doc.errors[0] ?? list.slice(1).flatMap((d) => d.errors)[0];
  if (error) resolver.fail(error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, ''), error.pos[0]);
  if (list.length > 1) resolver.fail('only a single document is allowed', list[1]!.range[0]);
  return resolver.value(doc.contents, 0);
}

// ---------------------------------------------------------------- encoding

const BEST_WIDTH = 80;
const BEST_INDENT = 2;

/** go-yaml's emitter, reduced to the events yamlencode produces. */
class Emitter {
  out = '';
  private column = 0;
  private whitespace = true;
  private indention = true;
  private indent = -1;
  private readonly indents: number[] = [];
  private openEnded = false;
  private rootContext = false;

  private put(s: string): void {
    for (const c of s) {
      this.out += c;
      this.column = c === '\n' ? 0 : this.column + 1;
    }
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.put('\n');
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private indicator(text: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(text);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private increase(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private pop(): void {
    this.indent = this.indents.pop()!;
  }

  document(v: Value): string {
    this.rootContext = true;
    this.node(v, false, false);
    this.writeIndent();
    if (this.openEnded) {
      this.indicator('...', true, false, false);
      this.writeIndent();
    }
    return this.out;
  }

  private node(v: Value, mappingContext: boolean, simpleKey: boolean): void {
    const root = this.rootContext;
    this.rootContext = false;
    switch (v.kind) {
      case 'null':
        return this.plain('null', root);
      case 'bool':
        return this.plain(v.value ? 'true' : 'false', root);
      case 'number':
        return this.plain(Number.isFinite(v.value) ? formatNumber(v.value) : v.value > 0 ? '+.Inf' : '-.Inf', root);
      case 'string':
        return this.string(v.value, simpleKey);
      case 'list':
        if (v.items.length === 0) return this.emptyFlow('[', ']');
        this.increase(false, mappingContext && !this.indention);
        for (const item of v.items) {
          this.writeIndent();
          this.indicator('-', true, false, true);
          this.node(item, false, false);
        }
        this.pop();
        return;
      case 'object': {
        if (v.entries.size === 0) return this.emptyFlow('{', '}');
        this.increase(false, false);
        for (const k of [...v.entries.keys()].sort(compareStrings)) {
          this.writeIndent();
          this.node(str(k), false, true);
          this.indicator(':', false, false, false);
          this.node(v.entries.get(k)!, true, false);
        }
        this.pop();
        return;
      }
      case 'unknown':
        throw new YamlError('cannot serialize unknown value as YAML');
    }
  }

  private emptyFlow(open: string, close: string): void {
    this.indicator(open, true, true, false);
    this.indicator(close, false, false, false);
  }

  private plain(text: string, root: boolean): void {
    this.increase(true, false);
    if (!this.whitespace) this.put(' ');
    this.put(text);
    this.whitespace = false;
    this.indention = false;
    if (root) this.openEnded = true;
    this.pop();
  }

  private string(s: string, simpleKey: boolean): void {
    this.increase(true, false);
    if (s.includes('\n') && !simpleKey && blockAllowed(s)) this.literal(s);
    else this.doubleQuoted(s, !simpleKey);
    this.pop();
  }

  private doubleQuoted(s: string, allowBreaks: boolean): void {
    this.indicator('"', true, false, false);
    const chars = Array.from(s);
    let spaces = false;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      const cp = c.codePointAt(0)!;
      if (!printable(cp) || cp === 0xfeff || isBreak(cp) || c === '"' || c === '\\') {
        this.put('\\' + escapeFor(cp));
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i !== 0 && i !== chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else {
          this.put(c);
        }
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(s: string): void {
    this.indicator('|', true, false, false);
    const chars = Array.from(s);
    if (chars[0] === ' ' || isBreak(chars[0]!.codePointAt(0)!)) this.indicator(String(BEST_INDENT), false, false, false);
    this.openEnded = false;
    const last = chars.length - 1;
    if (!isBreak(chars[last]!.codePointAt(0)!)) this.indicator('-', false, false, false);
    else if (last === 0 || isBreak(chars[last - 1]!.codePointAt(0)!)) {
      this.indicator('+', false, false, false);
      this.openEnded = true;
    }
    this.put('\n');
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreak(c.codePointAt(0)!)) {
        this.put('\n');
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) {
          this.writeIndent();
          breaks = false;
        }
        this.put(c);
        this.indention = false;
      }
    }
  }
}

function printable(cp: number): boolean {
  return (
    cp === 0x0a ||
    (cp >= 0x20 && cp <= 0x7e) ||
    cp === 0x85 ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function isBreak(cp: number): boolean {
  return cp === 0x0a || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

const ESCAPES: Record<number, string> = {
  0x00: '0', 0x07: 'a', 0x08: 'b', 0x09: 't', 0x0a: 'n', 0x0b: 'v', 0x0c: 'f', 0x0d: 'r', 0x1b: 'e', 0x22: '"', 0x5c: '\\',
  0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P',
};

function escapeFor(cp: number): string {
  const e = ESCAPES[cp];
  if (e !== undefined) return e;
  const hexText = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return 'x' + hexText.padStart(2, '0');
  if (cp <= 0xffff) return 'u' + hexText.padStart(4, '0');
  return 'U' + hexText.padStart(8, '0');
}

/** libyaml's analysis: no trailing space, no space before a break, only printable characters. */
function blockAllowed(s: string): boolean {
  const chars = Array.from(s);
  for (let i = 0; i < chars.length; i++) {
    const cp = chars[i]!.codePointAt(0)!;
    if (!printable(cp) || cp === 0xfeff) return false;
    if (chars[i] === ' ' && (i === chars.length - 1 || isBreak(chars[i + 1]!.codePointAt(0)!))) return false;
  }
  return true;
}

/** Terraform's yamlencode text for a wholly known value. */
export function stringifyYaml(v: Value): string {
  return new Emitter().document(v);
}
