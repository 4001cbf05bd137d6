/**
 * Renders JavaScript values and block specifications as HCL native-syntax text, the way
 * `terraform fmt` would lay them out, so fixes can say `renderValue({ Name: 'x' })` instead of
 * assembling strings. Output uses `\n` and two-space indentation at level zero; the edit helpers
 * convert both to the target file's conventions when they insert it.
 */

const rawTag: unique symbol = Symbol('hcl-expression');

/** An expression written as HCL source, inserted verbatim: a reference, a function call. */
export interface RawExpression {
  readonly [rawTag]: string;
}

/** A value renderValue understands. Object keys keep their insertion order. */
export type HclValue =
  | string
  | number
  | boolean
  | null
  | RawExpression
  | readonly HclValue[]
  | { readonly [key: string]: HclValue };

/**
 * Marks HCL source text to be rendered as is: `rawExpression('aws_s3_bucket.logs.id')`.
 * The caller vouches that it is one valid expression.
 */
export function rawExpression(source: string): RawExpression {
  return { [rawTag]: source };
}

function isRaw(value: unknown): value is RawExpression {
  return typeof value === 'object' && value !== null && rawTag in value;
}

/**
 * A quoted HCL string whose value is exactly `s`: backslash, quote and control characters are
 * escaped, and `${` / `%{` are doubled so they stay literal text instead of starting a template.
 */
export function renderString(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const code = s.charCodeAt(i);
    if (ch === '\\') out += '\\\\';
    else if (ch === '"') out += '\\"';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\u' + code.toString(16).padStart(4, '0');
    else if ((ch === '$' || ch === '%') && s[i + 1] === '{') out += ch + ch;
    else out += ch;
  }
  return `"${out}"`;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;
/** Bare words that would not read as a key at the start of an object item. */
const RESERVED_KEYS = new Set(['true', 'false', 'null', 'for']);

/** An object key: bare when it is a plain identifier, quoted otherwise. */
export function renderKey(key: string): string {
  return IDENT.test(key) && !RESERVED_KEYS.has(key) ? key : renderString(key);
}

const INLINE_LIMIT = 80;

/**
 * HCL source for a value. Strings are quoted and escaped, numbers must be finite, lists of scalars
 * stay on one line when short, objects are one item per line with `=` aligned as `terraform fmt`
 * aligns consecutive one-line items. Throws on a non-finite number or a value of another type:
 * that is a bug in the caller.
 */
export function renderValue(value: HclValue, indent = '  '): string {
  return render(value, '', indent);
}

function render(value: HclValue, at: string, unit: string): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return renderString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot render ${value} in HCL`);
    return Object.is(value, -0) ? '0' : String(value);
  }
  if (isRaw(value)) return value[rawTag];
  const inner = at + unit;
  if (Array.isArray(value)) {
    const items = (value as readonly HclValue[]).map((v) => render(v, inner, unit));
    if (items.length === 0) return '[]';
    const oneLine = `[${items.join(', ')}]`;
    if (oneLine.length <= INLINE_LIMIT && !oneLine.includes('\n')) return oneLine;
    return `[\n${items.map((i) => `${inner}${i},\n`).join('')}${at}]`;
  }
  if (typeof value !== 'object') throw new Error(`cannot render a ${typeof value} in HCL`);
  const entries = Object.entries(value as { readonly [key: string]: HclValue }).map(
    ([k, v]) => [renderKey(k), render(v, inner, unit)] as const,
  );
  if (entries.length === 0) return '{}';
  // fmt aligns `=` over runs of one-line items; a multi-line value ends a run
  const lines: string[] = [];
  let run: (readonly [string, string])[] = [];
  const flush = (): void => {
    const width = run.reduce((w, [k]) => Math.max(w, k.length), 0);
    for (const [k, v] of run) lines.push(`${inner}${k.padEnd(width)} = ${v}`);
    run = [];
  };
  for (const entry of entries) {
    if (entry[1].includes('\n')) {
      if (run.length) flush();
      lines.push(`${inner}${entry[0]} = ${entry[1]}`);
    } else run.push(entry);
  }
  if (run.length) flush();
  return `{\n${lines.join('\n')}\n${at}}`;
}

/**
 * A block to insert. `attributes` maps names to HCL expression text (see renderValue), in order;
 * nested `blocks` follow the attributes, each after a blank line.
 */
export interface BlockSpec {
  readonly type: string;
  readonly labels?: readonly string[];
  readonly attributes?: Readonly<Record<string, string>> | readonly (readonly [string, string])[];
  readonly blocks?: readonly BlockSpec[];
}

/** The attributes of a spec as ordered pairs. */
export function attributeEntries(
  attributes: BlockSpec['attributes'] | undefined,
): readonly (readonly [string, string])[] {
  if (!attributes) return [];
  return Array.isArray(attributes)
    ? (attributes as readonly (readonly [string, string])[])
    : Object.entries(attributes as Readonly<Record<string, string>>);
}

/** Throws unless `name` can be written bare as an attribute or block type name. */
export function checkName(name: string): void {
  if (!IDENT.test(name)) throw new Error(`not an HCL identifier: ${JSON.stringify(name)}`);
}

/**
 * A block's source at indentation level zero with `\n` line breaks, one level being `unit`.
 * Attribute values are re-indented from their own unit by the caller-provided `fitValue`.
 * An empty block renders as `type "label" {}`.
 */
export function renderBlock(spec: BlockSpec, unit: string, fitValue: (text: string, base: string) => string): string {
  checkName(spec.type);
  const header = [spec.type, ...(spec.labels ?? []).map(renderString)].join(' ');
  const lines = renderBlockBody(spec, unit, unit, fitValue);
  return lines.length === 0 ? `${header} {}` : `${header} {\n${lines.join('\n')}\n}`;
}

function renderBlockBody(
  spec: BlockSpec,
  at: string,
  unit: string,
  fitValue: (text: string, base: string) => string,
): string[] {
  const lines: string[] = [];
  for (const [name, value] of attributeEntries(spec.attributes)) {
    checkName(name);
    lines.push(`${at}${name} = ${fitValue(value, at)}`);
  }
  for (const nested of spec.blocks ?? []) {
    checkName(nested.type);
    if (lines.length) lines.push('');
    const header = [nested.type, ...(nested.labels ?? []).map(renderString)].join(' ');
    const inner = renderBlockBody(nested, at + unit, unit, fitValue);
    if (inner.length === 0) lines.push(`${at}${header} {}`);
    else lines.push(`${at}${header} {`, ...inner, `${at}}`);
  }
  return lines;
}
