/**
 * YAML for yamldecode and yamlencode, in pure TypeScript.
 *
 * parseYaml reads one document of a practical YAML subset: block mappings and sequences (also
 * compact `- a: 1` and indentless `key:\n- x`), flow `[...]` and `{...}`, plain, single- and
 * double-quoted scalars (with folding and escapes), literal `|` and folded `>` block scalars with
 * indentation and chomping indicators, comments, anchors, aliases, `<<` merge keys and the core
 * tags. Plain scalars resolve as go-cty-yaml does (YAML 1.1 booleans such as `yes`, timestamps
 * turned into RFC 3339 strings). A second document is an error, as in Terraform. Not supported:
 * complex `?` keys, multi-line flow keys, %TAG handles.
 *
 * stringifyYaml writes what Terraform's yamlencode writes (go-yaml's emitter): block style,
 * strings double-quoted (or literal `|` when multi-line), keys sorted, long double-quoted strings
 * folded at the first space past column 80, `...` after an open-ended document.
 */
import { formatNumber } from '../coerce';
import { NULL, bool, num, object, str, tuple, type Value } from '../value';
import { base64Decode } from './bytes-text';
import { compareStrings } from './json-text';

export class YamlError extends Error {}

// ---------------------------------------------------------------- decoding

interface Scalar {
  readonly text: string;
  readonly quoted: boolean;
}

class Parser {
  private pos = 0;
  private readonly anchors = new Map<string, Value>();
  private readonly pending = new Set<string>();

  constructor(private readonly src: string) {}

  fail(message: string, at = this.pos): never {
    const before = this.src.slice(0, at);
    const line = before.split('\n').length;
    const column = at - (before.lastIndexOf('\n') + 1) + 1;
    throw new YamlError(`on line ${line}, column ${column}: ${message}`);
  }

  private ch(offset = 0): string {
    return this.src[this.pos + offset] ?? '';
  }

  private column(at = this.pos): number {
    return at - (this.src.lastIndexOf('\n', at - 1) + 1);
  }

  private atLineStart(): boolean {
    return this.column() === 0;
  }

  /** Skips spaces, comments and line breaks; stops at content. */
  private skipBlank(): void {
    for (;;) {
      const c = this.ch();
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r') this.pos++;
      else if (c === '#' && (this.pos === 0 || /[ \t\n\r]/.test(this.src[this.pos - 1]!))) this.skipToEol();
      else if (c === '\ufeff' && this.pos === 0) this.pos++;
      else return;
    }
  }

  /** Skips spaces and a comment on the current line; true if the line ends here. */
  private restOfLineBlank(): boolean {
    while (this.ch() === ' ' || this.ch() === '\t') this.pos++;
    if (this.ch() === '#') this.skipToEol();
    return this.ch() === '\n' || this.ch() === '\r' || this.ch() === '';
  }

  private skipToEol(): void {
    while (this.pos < this.src.length && this.src[this.pos] !== '\n') this.pos++;
  }

  private atMarker(marker: string): boolean {
    return this.atLineStart() && this.src.startsWith(marker, this.pos) && /^[ \t\r\n]?$/.test(this.ch(3));
  }

  private atDocumentBoundary(): boolean {
    return this.atMarker('---') || this.atMarker('...');
  }

  parseStream(): Value {
    this.skipBlank();
    while (this.atLineStart() && this.ch() === '%') {
      this.skipToEol();
      this.skipBlank();
    }
    if (this.atMarker('---')) {
      this.pos += 3;
    }
    this.skipBlank();
    let value: Value = NULL;
    if (this.pos < this.src.length && !this.atDocumentBoundary()) value = this.parseBlockNode(-1);
    this.skipBlank();
    if (this.atMarker('...')) {
      this.pos += 3;
      this.skipBlank();
    }
    if (this.pos < this.src.length) {
      if (this.atMarker('---') || this.ch() === '%') this.fail('only a single document is allowed');
      this.fail('unexpected extra content after value');
    }
    return value;
  }

  /** A node in block context whose lines must be indented more than `parent`. */
  private parseBlockNode(parent: number, inlineAfterIndicator = false, inMappingValue = false): Value {
    this.skipBlank();
    if (this.pos >= this.src.length || this.atDocumentBoundary()) return NULL;
    const indent = this.column();
    if (indent <= parent && !inlineAfterIndicator) return NULL;
    // properties: anchor and tag
    let anchor: string | undefined;
    let tag: string | undefined;
    for (;;) {
      if (this.ch() === '&') {
        anchor = this.readName();
      } else if (this.ch() === '!') {
        tag = this.readTag();
      } else break;
      const lineEnds = this.restOfLineBlank();
      if (lineEnds) {
        // the node itself is on the following lines
        this.skipBlank();
        if (this.pos >= this.src.length || this.column() <= parent) return this.finish(anchor, this.resolve(tag, { text: '', quoted: false }));
        return this.finish(anchor, this.withTag(tag, this.parseBlockNode(parent)));
      }
    }
    if (anchor) this.pending.add(anchor);
    if (inMappingValue && this.ch() === '-' && /^[ \t\r\n]?$/.test(this.ch(1))) this.fail('block sequence entries are not allowed in this context');
    if (inMappingValue && this.isMappingKeyAhead()) this.fail('mapping values are not allowed in this context');
    const value = this.withTag(tag, this.parseBlockContent(parent));
    return this.finish(anchor, value);
  }

  private finish(anchor: string | undefined, value: Value): Value {
    if (anchor) {
      this.pending.delete(anchor);
      this.anchors.set(anchor, value);
    }
    return value;
  }

  private withTag(tag: string | undefined, value: Value): Value {
    if (tag === undefined) return value;
    if (tag === '!!map' && value.kind !== 'object') this.fail(`can't interpret ${value.kind === 'list' ? 'sequence' : 'scalar'} as ${tag}`);
    if (tag === '!!seq' && value.kind !== 'list') this.fail(`can't interpret ${value.kind === 'object' ? 'mapping' : 'scalar'} as ${tag}`);
    return value;
  }

  private readName(): string {
    const start = ++this.pos;
    while (this.pos < this.src.length && !/[ \t\r\n,[\]{}]/.test(this.ch())) this.pos++;
    if (this.pos === start) this.fail('did not find expected alphabetic or numeric character');
    return this.src.slice(start, this.pos);
  }

  private readTag(): string {
    const start = this.pos;
    while (this.pos < this.src.length && !/[ \t\r\n]/.test(this.ch())) this.pos++;
    const raw = this.src.slice(start, this.pos);
    return raw.startsWith('!!') ? raw : raw.startsWith('!<tag:yaml.org,2002:') ? '!!' + raw.slice(20, -1) : raw;
  }

  private parseBlockContent(parent: number): Value {
    const indent = this.column();
    const c = this.ch();
    if (c === '-' && /^[ \t\r\n]?$/.test(this.ch(1))) return this.parseBlockSequence(indent);
    if (c === '*') {
      const start = this.pos;
      const name = this.readName();
      if (this.isMappingKeyAhead()) {
        this.pos = start;
        return this.parseBlockMapping(indent);
      }
      return this.alias(name, start);
    }
    if (c === '|' || c === '>') return str(this.parseBlockScalar(parent));
    if (c === '?' && /^[ \t\r\n]?$/.test(this.ch(1))) this.fail('complex mapping keys are not supported');
    if (this.isMappingKeyAhead()) return this.parseBlockMapping(indent);
    if (c === '[' || c === '{') {
      const v = this.parseFlowNode();
      return v;
    }
    return this.resolve(undefined, this.parseInlineScalar(parent, false));
  }

  private alias(name: string, at: number): Value {
    if (this.pending.has(name)) this.fail(`cannot refer to anchor ${JSON.stringify(name)} from inside its own definition`, at);
    const v = this.anchors.get(name);
    if (!v) this.fail(`reference to undefined anchor ${JSON.stringify(name)}`, at);
    return v;
  }

  /** Whether the current line, from here, is `key: ...` (a simple key followed by `:` and a space or end). */
  private isMappingKeyAhead(): boolean {
    const save = this.pos;
    try {
      const c = this.ch();
      if (c === '"' || c === "'") {
        this.parseQuoted(-1);
      } else if (c === '*') {
        this.readName();
      } else {
        if (c === '[' || c === '{' || c === '#' || c === '') return false;
        while (this.pos < this.src.length && this.ch() !== '\n') {
          if (this.ch() === ':' && /^[ \t\r\n]?$/.test(this.ch(1))) break;
          if (this.ch() === '#' && /[ \t]/.test(this.src[this.pos - 1]!)) return false;
          this.pos++;
        }
      }
      while (this.ch() === ' ' || this.ch() === '\t') this.pos++;
      return this.ch() === ':' && /^[ \t\r\n]?$/.test(this.ch(1));
    } catch {
      return false;
    } finally {
      this.pos = save;
    }
  }

  private parseBlockSequence(indent: number): Value {
    const items: Value[] = [];
    for (;;) {
      this.pos++; // '-'
      if (this.restOfLineBlank()) {
        this.skipBlank();
        if (this.pos < this.src.length && !this.atDocumentBoundary() && this.column() > indent) items.push(this.parseBlockNode(indent));
        else items.push(NULL);
      } else {
        items.push(this.parseBlockNode(indent, true));
      }
      this.skipBlank();
      if (this.pos >= this.src.length || this.atDocumentBoundary()) break;
      const col = this.column();
      if (col < indent) break;
      if (col > indent) this.fail('did not find expected - indicator');
      if (!(this.ch() === '-' && /^[ \t\r\n]?$/.test(this.ch(1)))) break;
    }
    return tuple(items);
  }

  private parseBlockMapping(indent: number): Value {
    const entries = new Map<string, Value>();
    for (;;) {
      const keyAt = this.pos;
      let key: string;
      let merge = false;
      if (this.ch() === '*') {
        const v = this.alias(this.readName(), keyAt);
        key = this.keyText(v, keyAt);
      } else {
        const scalar = this.parseInlineScalar(indent, true);
        const v = this.resolve(undefined, scalar);
        merge = !scalar.quoted && scalar.text === '<<';
        key = merge ? '<<' : this.keyText(v, keyAt);
      }
      while (this.ch() === ' ' || this.ch() === '\t') this.pos++;
      if (this.ch() !== ':') this.fail('could not find expected \':\'');
      this.pos++;
      let value: Value;
      if (this.restOfLineBlank()) {
        this.skipBlank();
        const col = this.column();
        if (this.pos >= this.src.length || this.atDocumentBoundary()) value = NULL;
        else if (col > indent) value = this.parseBlockNode(indent);
        else if (col === indent && this.ch() === '-' && /^[ \t\r\n]?$/.test(this.ch(1))) value = this.parseBlockSequence(indent);
        else value = NULL;
      } else {
        value = this.parseBlockNode(indent, true, true);
      }
      if (merge) this.merge(entries, value, keyAt);
      else entries.set(key, value);
      this.skipBlank();
      if (this.pos >= this.src.length || this.atDocumentBoundary()) break;
      const col = this.column();
      if (col < indent) break;
      if (col > indent) this.fail('mapping values are not allowed in this context');
      if (this.ch() === '-' && /^[ \t\r\n]?$/.test(this.ch(1))) this.fail("did not find expected key");
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

  /** A scalar on the current line (plain, possibly continued on more-indented lines, or quoted). */
  private parseInlineScalar(parent: number, isKey: boolean): Scalar {
    const c = this.ch();
    if (c === '"' || c === "'") return { text: this.parseQuoted(parent), quoted: true };
    return { text: this.parsePlain(parent, isKey, false), quoted: false };
  }

  private parsePlain(parent: number, isKey: boolean, flow: boolean): string {
    if (/^[,\]}]$/.test(this.ch()) && flow) this.fail('did not find expected node content');
    if (this.ch() === '@' || this.ch() === '`') this.fail('found character that cannot start any token');
    let out = '';
    let pendingBreaks = 0;
    for (;;) {
      // one line's worth
      let lineText = '';
      while (this.pos < this.src.length) {
        const c = this.ch();
        if (c === '\n' || c === '\r') break;
        if (c === ':' && (/^[ \t\r\n]?$/.test(this.ch(1)) || (flow && /^[,\]}]$/.test(this.ch(1))))) break;
        if (c === '#' && /[ \t]/.test(this.src[this.pos - 1] ?? '')) break;
        if (flow && /[,\]}[{]/.test(c)) break;
        lineText += c;
        this.pos++;
      }
      const trimmed = lineText.replace(/[ \t]+$/, '');
      if (out === '') out = trimmed;
      else out += (pendingBreaks === 0 ? ' ' : '\n'.repeat(pendingBreaks)) + trimmed.replace(/^[ \t]+/, '');
      if (isKey) return out;
      // continuation lines: more indented than the parent, not a comment, not a key
      const save = this.pos;
      const c = this.ch();
      if (c === ':' || c === '#' || (flow && /[,\]}[{]/.test(c))) return out;
      let breaks = 0;
      while (this.ch() === '\n' || this.ch() === '\r') {
        if (this.ch() === '\n') breaks++;
        this.pos++;
        while (this.ch() === ' ' || this.ch() === '\t') this.pos++;
      }
      if (
        breaks === 0 ||
        this.pos >= this.src.length ||
        (!flow && this.column() <= parent) ||
        this.ch() === '#' ||
        this.atDocumentBoundary() ||
        (!flow && this.isMappingKeyAhead()) ||
        (flow && /[,\]}]/.test(this.ch()))
      ) {
        this.pos = save;
        return out;
      }
      pendingBreaks = breaks - 1;
    }
  }

  private parseQuoted(parent: number): string {
    const q = this.ch();
    const start = this.pos;
    this.pos++;
    let out = '';
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`found unexpected end of stream while scanning a quoted scalar`, start);
      const c = this.ch();
      if (q === "'" && c === "'") {
        if (this.ch(1) === "'") {
          out += "'";
          this.pos += 2;
          continue;
        }
        this.pos++;
        break;
      }
      if (q === '"' && c === '"') {
        this.pos++;
        break;
      }
      if (q === '"' && c === '\\') {
        out += this.escape();
        continue;
      }
      if (c === '\n' || c === '\r') {
        // line folding: trailing spaces dropped, one break is a space, more are newlines
        out = out.replace(/[ \t]+$/, '');
        let breaks = 0;
        while (this.ch() === '\n' || this.ch() === '\r' || this.ch() === ' ' || this.ch() === '\t') {
          if (this.ch() === '\n') breaks++;
          this.pos++;
        }
        if (this.atDocumentBoundary()) this.fail('found unexpected document indicator while scanning a quoted scalar');
        if (parent >= 0 && this.column() <= parent && this.ch() !== q) this.fail('found a tab character where an indentation space is expected');
        out += breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
        continue;
      }
      out += c;
      this.pos++;
    }
    return out;
  }

  private escape(): string {
    const at = this.pos;
    const c = this.ch(1);
    this.pos += 2;
    const simple: Record<string, string> = {
      '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
      N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
    };
    if (c in simple) return simple[c]!;
    const len = c === 'x' ? 2 : c === 'u' ? 4 : c === 'U' ? 8 : 0;
    if (len > 0) {
      const hexText = this.src.slice(this.pos, this.pos + len);
      if (!/^[0-9a-fA-F]+$/.test(hexText) || hexText.length !== len) this.fail('did not find expected hexdecimal number', at);
      this.pos += len;
      return String.fromCodePoint(parseInt(hexText, 16));
    }
    if (c === '\n' || c === '\r') {
      // escaped line break: joins lines without a space
      while (/[ \t\r\n]/.test(this.ch())) this.pos++;
      return '';
    }
    return this.fail('found unknown escape character while parsing a quoted scalar', at);
  }

  private parseBlockScalar(parent: number): string {
    const literal = this.ch() === '|';
    const start = this.pos;
    this.pos++;
    let chomp: 'clip' | 'strip' | 'keep' = 'clip';
    let explicit = 0;
    for (let i = 0; i < 2; i++) {
      const c = this.ch();
      if (c === '-' || c === '+') {
        chomp = c === '-' ? 'strip' : 'keep';
        this.pos++;
      } else if (/[1-9]/.test(c)) {
        explicit = Number(c);
        this.pos++;
      }
    }
    if (!this.restOfLineBlank()) this.fail('did not find expected comment or line break', start);
    if (this.ch() === '\r') this.pos++;
    if (this.ch() === '\n') this.pos++;
    let indent = explicit > 0 ? Math.max(parent, 0) + explicit : -1;
    const lines: string[] = [];
    while (this.pos < this.src.length) {
      const eol = this.src.indexOf('\n', this.pos);
      const end = eol < 0 ? this.src.length : eol;
      const raw = this.src.slice(this.pos, end);
      const spaces = /^ */.exec(raw)![0].length;
      const blank = raw.trim() === '';
      if (!blank && indent < 0) {
        if (spaces <= parent) break;
        indent = spaces;
      }
      if (!blank && spaces < indent) break;
      if (/^(---|\.\.\.)([ \t]|$)/.test(raw)) break;
      lines.push(blank ? raw.slice(Math.max(indent, 0)) : raw.slice(indent));
      this.pos = eol < 0 ? this.src.length : eol + 1;
    }
    // trailing empty lines are the chomping indicator's business
    let trailing = 0;
    while (lines.length > 0 && lines[lines.length - 1] === '') {
      lines.pop();
      trailing++;
    }
    if (lines.length === 0) return chomp === 'keep' ? '\n'.repeat(trailing) : '';
    let body = '';
    if (literal) {
      body = lines.join('\n');
    } else {
      let prev: 'text' | 'more' | undefined;
      let empties = 0;
      for (const line of lines) {
        if (line === '') {
          empties++;
          continue;
        }
        const kind = /^[ \t]/.test(line) ? 'more' : 'text';
        if (prev === undefined) body += '\n'.repeat(empties) + line;
        else if (prev === 'text' && kind === 'text') body += (empties > 0 ? '\n'.repeat(empties) : ' ') + line;
        else body += '\n'.repeat(empties + 1) + line;
        prev = kind;
        empties = 0;
      }
    }
    if (chomp === 'strip') return body;
    if (chomp === 'clip') return body + '\n';
    return body + '\n'.repeat(trailing + 1);
  }

  // ---- flow context

  private skipFlowBlank(): void {
    this.skipBlank();
  }

  private parseFlowNode(): Value {
    this.skipFlowBlank();
    let anchor: string | undefined;
    let tag: string | undefined;
    for (;;) {
      if (this.ch() === '&') anchor = this.readName();
      else if (this.ch() === '!') tag = this.readTag();
      else break;
      this.skipFlowBlank();
    }
    if (anchor) this.pending.add(anchor);
    let value: Value;
    const c = this.ch();
    if (c === '[') value = this.parseFlowSequence();
    else if (c === '{') value = this.parseFlowMapping();
    else if (c === '*') value = this.alias(this.readName(), this.pos);
    else if (c === '"' || c === "'") value = this.resolve(tag, { text: this.parseQuoted(-1), quoted: true });
    else value = this.resolve(tag, { text: this.parsePlain(-1, false, true), quoted: false });
    return this.finish(anchor, this.withTag(tag, value));
  }

  private parseFlowSequence(): Value {
    const start = this.pos;
    this.pos++;
    const items: Value[] = [];
    for (;;) {
      this.skipFlowBlank();
      if (this.ch() === ']') {
        this.pos++;
        return tuple(items);
      }
      if (this.pos >= this.src.length) this.fail("did not find expected ',' or ']'", start);
      const item = this.parseFlowNode();
      this.skipFlowBlank();
      if (this.ch() === ':') {
        // a single-pair mapping inside a sequence: [a: 1]
        this.pos++;
        const v = this.parseFlowNode();
        items.push(sortedObject(new Map([[this.keyText(item, this.pos), v]])));
        this.skipFlowBlank();
      } else {
        items.push(item);
      }
      if (this.ch() === ',') this.pos++;
      else if (this.ch() !== ']') this.fail("did not find expected ',' or ']'", start);
    }
  }

  private parseFlowMapping(): Value {
    const start = this.pos;
    this.pos++;
    const entries = new Map<string, Value>();
    for (;;) {
      this.skipFlowBlank();
      if (this.ch() === '}') {
        this.pos++;
        return sortedObject(entries);
      }
      if (this.pos >= this.src.length) this.fail("did not find expected ',' or '}'", start);
      const keyAt = this.pos;
      const rawKey = this.ch() === '"' || this.ch() === "'" ? null : this.src.slice(this.pos, this.pos + 2);
      const key = this.parseFlowNode();
      this.skipFlowBlank();
      let value: Value = NULL;
      if (this.ch() === ':') {
        this.pos++;
        this.skipFlowBlank();
        if (this.ch() !== ',' && this.ch() !== '}') value = this.parseFlowNode();
      }
      if (rawKey === '<<' && key.kind === 'string' && key.value === '<<') this.merge(entries, value, keyAt);
      else entries.set(this.keyText(key, keyAt), value);
      this.skipFlowBlank();
      if (this.ch() === ',') this.pos++;
      else if (this.ch() !== '}') this.fail("did not find expected ',' or '}'", start);
    }
  }

  // ---- scalar resolution, as go-cty-yaml resolves

  resolve(tag: string | undefined, s: Scalar): Value {
    const src = s.text;
    if (tag !== undefined && !RESOLVABLE.has(tag)) {
      if (tag === '!!map' || tag === '!!seq') return this.fail(`can't interpret scalar as ${tag}`);
      return this.fail(`unsupported tag ${JSON.stringify(tag.startsWith('!!') ? 'tag:yaml.org,2002:' + tag.slice(2) : tag)}`);
    }
    if (s.quoted && tag === undefined) return str(src);
    if (tag === undefined || (tag !== '!!str' && tag !== '!!binary')) {
      const hit = RESOLVE_MAP.get(src);
      if (hit !== undefined && (tag === undefined || tag === hit.tag)) return hit.value;
      if (tag === undefined) {
        if (['.nan', '.NaN', '.NAN'].includes(src)) this.fail('floating point NaN is not supported');
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
          this.fail(`cannot parse ${JSON.stringify(src)} as ${tag}: not valid base64`);
        }
        return str(src);
      case '!!bool':
        return this.fail(`cannot parse ${JSON.stringify(src)} as ${tag}`);
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
        return this.fail(`cannot parse ${JSON.stringify(src)} as ${tag}`);
      }
      case '!!timestamp': {
        const ts = yamlTimestamp(src);
        return ts === undefined ? this.fail(`cannot parse ${JSON.stringify(src)} as ${tag}`) : str(ts);
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
  return new Parser(text.replace(/\r\n/g, '\n')).parseStream();
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
