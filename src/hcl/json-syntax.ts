/**
 * Terraform's JSON syntax (`.tf.json`, `.tfvars.json`) mapped into the same body/block/attribute
 * tree as the native syntax, following developer.hashicorp.com/terraform/language/syntax/json and
 * HCL's json/spec.md.
 *
 * The rules, since JSON alone cannot say what is a block:
 * - The root is an object. In a `.tfvars.json` file its properties are attributes whose strings
 *   are taken literally (Terraform evaluates variable files without templates). In any other file
 *   they are block types; the label count comes from the table below (`resource`, `data`,
 *   `ephemeral`, `action`: 2; `variable`, `output`, `module`, `provider`, `check`: 1; `locals`,
 *   `terraform`, `moved`, `import`, `removed`: 0). A block type we do not know gets 0 labels and
 *   no diagnostic: reporting unknown block types is the Terraform layer's job, as in native files.
 * - Each label is one object level; at a label level an array of objects is flattened, so both
 *   `{"aws": {...}}` and `[{"aws": {...}}, {"gcp": {...}}]` give labels. Once the labels are used
 *   up, an object is one block, an array holds one block per element, and `null` is no block.
 * - Inside a body, a property named after a block type the table knows for that body (`lifecycle`,
 *   `provisioner`, `connection`, `dynamic` and its `content`, `validation`, `precondition`,
 *   `postcondition`, `required_providers`, `backend`, `cloud`, `assert`...) is a real `Block`. Any
 *   other property is an `Attribute`, even when its object value is really a nested block of a
 *   provider schema we do not have: every body from JSON sets `json: true` so consumers know an
 *   object-valued attribute may be read as a block (and that such an object may still hold a
 *   `dynamic` key and `"//"` comments, which only block bodies skip).
 * - Values: object -> `object`, array -> `tuple`, number/bool/null -> `literal` (numbers keep
 *   `raw`). Strings depend on where they stand, as Terraform reads them:
 *   template mode (the default) parses the string as a template, so `"${var.x}"` is a single
 *   interpolation and `"ami-${var.y}"` a mixed template; expression mode parses it as an
 *   expression (`depends_on`, resource/module `provider`, variable `type`, `ignore_changes`,
 *   `replace_triggered_by`, moved `from`/`to`, import `to`, module `providers` values, keyword
 *   arguments such as `when`, `on_failure`, `iterator`); literal mode keeps it verbatim as a
 *   one-part template (variable `default`/`description`, output `description`, module `source`/
 *   `version`, provider `alias`/`version`, connection `type`, everything in `terraform`).
 *   Object keys in values are templates in template mode and literal otherwise.
 * - `"//"` properties in block bodies and at the root are comments: skipped, and recorded in
 *   `HclFile.comments` (style `//`, spanning the whole property). At a label level Terraform does
 *   not skip them, so neither do we (the string value then fails as a label level).
 *
 * Positions: every offset is into the JSON text. A string's template or expression is parsed
 * from the decoded string and its nodes are mapped back through the escapes, so `"a\u0041${x}"`
 * still points at `x` exactly. A template spans the whole string token, quotes included; an
 * expression from expression mode spans the string's content. Identifiers (block types, attribute
 * names) span a key's content without quotes when it has no escapes, else the whole key; labels
 * span the whole key, quotes included (`quoted: true`). A block spans from the key that holds its
 * body (its last label, or its type) to the body's closing brace, or just its body object when
 * the body is an array element. A block's body lies between its braces, and the root body spans
 * the whole text, as in native syntax.
 *
 * Errors never throw: invalid JSON ("Invalid JSON"), a root that is not an object, a block or label
 * level of the wrong JSON type, a missing label ("Incorrect JSON value type", "Missing block
 * label") and template or expression errors inside strings each become an error diagnostic with
 * an exact range, and parsing goes on with the rest.
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex, type Diagnostic, type Range } from '../text';
import type {
  Attribute,
  Block,
  Body,
  BodyItem,
  Comment,
  Expression,
  HclFile,
  Identifier,
  Label,
  ObjectItem,
  TemplateExpr,
} from './ast';
import { parseExpressionText, parseTemplateText } from './parser';

/**
 * Parses a JSON-syntax Terraform file. `path` decides the flavour: a `.tfvars.json` file is a body
 * of literal attributes, anything else a configuration whose root properties are block types.
 * Never throws; problems are in `diagnostics`.
 */
export function parseHclJson(text: string, path: string): HclFile {
  const lines = new LineIndex(text);
  const ctx: Context = { text, path, lines, diagnostics: [], comments: [] };

  const items: BodyItem[] = [];
  try {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    reportJsonErrors(ctx, errors);
    if (root && root.type !== 'object') {
      error(ctx, root.offset, root.offset + root.length, 'Root value must be object',
        'The root value in a JSON-based configuration must be a JSON object.');
    } else if (root) {
      if (path.endsWith('.tfvars.json')) for (const a of attributesOnly(ctx, root, 'literal')) items.push(a);
      else buildBody(ctx, root, ROOT, items);
    }
  } catch (e) {
    // jsonc-parser and this mapping recurse per nesting level: absurd nesting overflows the stack
    items.length = 0;
    if (e instanceof RangeError) error(ctx, 0, 0, 'Invalid JSON', 'This file nests values too deeply to be read.');
    else error(ctx, 0, 0, 'Internal parser error', String(e instanceof Error ? e.message : e));
  }

  const body: Body = { kind: 'body', start: 0, end: text.length, items, json: true };
  const comments = ctx.comments.sort((a, b) => a.start - b.start);
  return { path, text, syntax: 'json', body, comments, diagnostics: ctx.diagnostics, lines };
}

// ---------------------------------------------------------------------------------------------
// What Terraform knows about its own blocks: a table, not a switchboard.

/** How a JSON string stands for an expression; an object mode gives per-key modes in object values. */
type ValueMode = 'template' | 'expression' | 'literal' | { readonly keys: Readonly<Record<string, ValueMode>>; readonly rest: ValueMode };

interface BodySchema {
  /** Nested block types known in this body. */
  readonly blocks?: Readonly<Record<string, BlockSchema>>;
  /** Attributes whose strings are not templates. */
  readonly attrs?: Readonly<Record<string, ValueMode>>;
  /** Mode of every other attribute; `template` when absent. */
  readonly mode?: ValueMode;
}

interface BlockSchema {
  readonly labels: number;
  readonly body: BodySchema;
}

const condition: BlockSchema = { labels: 0, body: {} };
const connection: BlockSchema = { labels: 0, body: { attrs: { type: 'literal' } } };
const provisioner: BlockSchema = {
  labels: 1,
  body: { attrs: { when: 'expression', on_failure: 'expression' }, blocks: { connection } },
};
const lifecycle: BlockSchema = {
  labels: 0,
  body: {
    attrs: { ignore_changes: 'expression', replace_triggered_by: 'expression' },
    blocks: {
      precondition: condition,
      postcondition: condition,
      action_trigger: { labels: 0, body: { attrs: { events: 'expression', actions: 'expression' } } },
    },
  },
};

// `dynamic` blocks nest: a `content` body may hold more `dynamic` blocks.
const contentBlocks: Record<string, BlockSchema> = {};
const dynamic: BlockSchema = {
  labels: 1,
  body: { attrs: { iterator: 'expression' }, blocks: { content: { labels: 0, body: { blocks: contentBlocks } } } },
};
contentBlocks['dynamic'] = dynamic;

const resource: BlockSchema = {
  labels: 2,
  body: {
    attrs: { provider: 'expression', depends_on: 'expression' },
    blocks: { lifecycle, provisioner, connection, dynamic },
  },
};
const literalBlock = (labels: number, blocks?: Record<string, BlockSchema>): BlockSchema => ({
  labels,
  body: blocks ? { mode: 'literal', blocks } : { mode: 'literal' },
});

const ROOT: BodySchema = {
  blocks: {
    action: { labels: 2, body: { attrs: { provider: 'expression', depends_on: 'expression' } } },
    check: { labels: 1, body: { blocks: { data: resource, assert: condition } } },
    data: resource,
    ephemeral: resource,
    import: { labels: 0, body: { attrs: { to: 'expression', provider: 'expression' } } },
    locals: { labels: 0, body: {} },
    module: {
      labels: 1,
      body: {
        attrs: {
          source: 'literal',
          version: 'literal',
          providers: { keys: {}, rest: 'expression' },
          depends_on: 'expression',
        },
      },
    },
    moved: { labels: 0, body: { attrs: { from: 'expression', to: 'expression' } } },
    output: { labels: 1, body: { attrs: { description: 'literal', depends_on: 'expression' }, blocks: { precondition: condition } } },
    provider: { labels: 1, body: { attrs: { alias: 'literal', version: 'literal' }, blocks: { dynamic } } },
    removed: {
      labels: 0,
      body: { attrs: { from: 'expression' }, blocks: { lifecycle: { labels: 0, body: {} }, provisioner, connection } },
    },
    resource,
    terraform: {
      labels: 0,
      body: {
        mode: 'literal',
        attrs: { experiments: 'expression' },
        blocks: {
          backend: literalBlock(1),
          cloud: literalBlock(0, { workspaces: literalBlock(0) }),
          provider_meta: literalBlock(1),
          // an entry is `{ source, version, configuration_aliases = [aws.west] }`
          required_providers: {
            labels: 0,
            body: { mode: { keys: { configuration_aliases: 'expression' }, rest: 'literal' } },
          },
        },
      },
    },
    variable: {
      labels: 1,
      body: {
        attrs: { type: 'expression', default: 'literal', description: 'literal' },
        blocks: { validation: condition },
      },
    },
  },
};

const UNKNOWN_BLOCK: BlockSchema = { labels: 0, body: {} };

function own<T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Bodies and blocks

interface Context {
  readonly text: string;
  readonly path: string;
  readonly lines: LineIndex;
  readonly diagnostics: Diagnostic[];
  readonly comments: Comment[];
}

/** The key and value of a complete property; undefined when JSON recovery left it without a value. */
function propertyParts(prop: Node): { key: Node; value: Node } | undefined {
  const [key, value] = prop.children ?? [];
  return key && value && key.type === 'string' ? { key, value } : undefined;
}

function buildBody(ctx: Context, obj: Node, schema: BodySchema, out: BodyItem[]): void {
  for (const prop of obj.children ?? []) {
    const parts = propertyParts(prop);
    if (!parts) continue;
    const name = String(parts.key.value);
    if (name === '//') {
      ctx.comments.push({ start: prop.offset, end: prop.offset + prop.length, style: '//' });
      continue;
    }
    const blockSchema = schema === ROOT ? own(ROOT.blocks, name) ?? UNKNOWN_BLOCK : own(schema.blocks, name);
    if (blockSchema) {
      const type = identifier(ctx, parts.key);
      unpackBlock(ctx, parts.value, prop, type, blockSchema, blockSchema.labels, [], out);
    } else {
      const mode = own(schema.attrs, name) ?? schema.mode ?? 'template';
      out.push(attribute(ctx, prop, parts.key, parts.value, mode));
    }
  }
}

/** Every property of a root object as an attribute: the shape of a variable values file. */
function attributesOnly(ctx: Context, obj: Node, mode: ValueMode): Attribute[] {
  const out: Attribute[] = [];
  for (const prop of obj.children ?? []) {
    const parts = propertyParts(prop);
    if (!parts) continue;
    if (parts.key.value === '//') {
      ctx.comments.push({ start: prop.offset, end: prop.offset + prop.length, style: '//' });
      continue;
    }
    out.push(attribute(ctx, prop, parts.key, parts.value, mode));
  }
  return out;
}

function attribute(ctx: Context, prop: Node, key: Node, value: Node, mode: ValueMode): Attribute {
  return {
    kind: 'attribute',
    start: prop.offset,
    end: value.offset + value.length,
    name: identifier(ctx, key),
    expr: expression(ctx, value, mode),
  };
}

/**
 * Peels one label level per call, then makes the blocks. `holder` is the property whose value is
 * `value`, or undefined for an array element.
 */
function unpackBlock(
  ctx: Context,
  value: Node,
  holder: Node | undefined,
  type: Identifier,
  schema: BlockSchema,
  labelsLeft: number,
  labels: readonly Label[],
  out: BodyItem[],
): void {
  const end = value.offset + value.length;
  if (labelsLeft > 0) {
    const props: Node[] = [];
    if (value.type === 'object') for (const c of value.children ?? []) props.push(c);
    else if (value.type === 'array') {
      for (const el of value.children ?? []) {
        if (el.type === 'object') for (const c of el.children ?? []) props.push(c);
        else
          error(ctx, el.offset, el.offset + el.length, 'Incorrect JSON value type',
            `A JSON object is required here, to specify the labels of this "${type.name}" block.`);
      }
    } else if (value.type !== 'null') {
      error(ctx, value.offset, end, 'Incorrect JSON value type',
        `Either a JSON object or a JSON array of objects is required here, to specify the labels of this "${type.name}" block.`);
      return;
    }
    const complete = props.map(propertyParts).filter((p) => p !== undefined);
    if (complete.length === 0) {
      error(ctx, value.offset, end, 'Missing block label',
        `At least one object property is required, whose name is a label of the "${type.name}" block.`);
      return;
    }
    for (const p of complete) {
      const label: Label = { start: p.key.offset, end: p.key.offset + p.key.length, value: String(p.key.value), quoted: true };
      unpackBlock(ctx, p.value, p.key.parent, type, schema, labelsLeft - 1, [...labels, label], out);
    }
    return;
  }

  if (value.type === 'null') return;
  if (value.type === 'object') {
    out.push(block(ctx, value, holder ? holder.offset : value.offset, type, labels, schema));
  } else if (value.type === 'array') {
    for (const el of value.children ?? []) {
      if (el.type === 'object') out.push(block(ctx, el, el.offset, type, labels, schema));
      else
        error(ctx, el.offset, el.offset + el.length, 'Incorrect JSON value type',
          `A JSON object is required here, to define the arguments and blocks of a "${type.name}" block.`);
    }
  } else {
    error(ctx, value.offset, end, 'Incorrect JSON value type',
      `Either a JSON object or a JSON array is required, representing the contents of one or more "${type.name}" blocks.`);
  }
}

function block(ctx: Context, obj: Node, start: number, type: Identifier, labels: readonly Label[], schema: BlockSchema): Block {
  const items: BodyItem[] = [];
  buildBody(ctx, obj, schema.body, items);
  const end = obj.offset + obj.length;
  // an unclosed object ends where recovery stopped, maybe on a nested object's brace
  const last = obj.children?.[obj.children.length - 1];
  const closed = end - obj.offset >= 2 && ctx.text.charCodeAt(end - 1) === 0x7d && (!last || last.offset + last.length < end);
  return {
    kind: 'block',
    start,
    end,
    type,
    labels,
    // as in native syntax, a block's body lies between its braces
    body: { kind: 'body', start: obj.offset + 1, end: closed ? end - 1 : end, items, json: true },
    openBrace: obj.offset,
    closeBrace: closed ? end - 1 : -1,
  };
}

function identifier(ctx: Context, key: Node): Identifier {
  const name = String(key.value);
  const end = key.offset + key.length;
  const inner = ctx.text.slice(key.offset + 1, end - 1);
  return inner === name && ctx.text.charCodeAt(end - 1) === 0x22
    ? { name, start: key.offset + 1, end: end - 1 }
    : { name, start: key.offset, end };
}

// ---------------------------------------------------------------------------------------------
// Expressions

function expression(ctx: Context, node: Node, mode: ValueMode): Expression {
  const start = node.offset;
  const end = node.offset + node.length;
  switch (node.type) {
    case 'object': {
      const items: ObjectItem[] = [];
      for (const prop of node.children ?? []) {
        const parts = propertyParts(prop);
        if (!parts) continue;
        const valueMode = typeof mode === 'object' ? own(mode.keys, String(parts.key.value)) ?? mode.rest : mode;
        const key = stringExpression(ctx, parts.key, stringMode(mode) === 'template' ? 'template' : 'literal');
        items.push({ start: prop.offset, end: parts.value.offset + parts.value.length, key, value: expression(ctx, parts.value, valueMode) });
      }
      return { kind: 'object', start, end, items };
    }
    case 'array':
      return { kind: 'tuple', start, end, items: (node.children ?? []).map((el) => expression(ctx, el, mode)) };
    case 'string':
      return stringExpression(ctx, node, stringMode(mode));
    case 'number':
      return { kind: 'literal', start, end, value: Number(node.value), raw: ctx.text.slice(start, end) };
    case 'boolean':
      return { kind: 'literal', start, end, value: Boolean(node.value) };
    case 'null':
      return { kind: 'literal', start, end, value: null };
    default:
      return { kind: 'invalid', start, end };
  }
}

function stringMode(mode: ValueMode): 'template' | 'expression' | 'literal' {
  return typeof mode === 'object' ? stringMode(mode.rest) : mode;
}

function stringExpression(ctx: Context, node: Node, mode: 'template' | 'expression' | 'literal'): Expression {
  const start = node.offset;
  const end = node.offset + node.length;
  const value = String(node.value ?? '');
  const at = decodedToSource(ctx.text, start, end, value);
  if (mode === 'literal' || (mode === 'template' && !value.includes('${') && !value.includes('%{'))) {
    // nothing in it is a template sequence: the decoded text is the value, whatever the mode
    const parts = value === '' ? [] : [{ kind: 'template-literal' as const, start: at(0), end: at(value.length), value }];
    return { kind: 'template', start, end, parts };
  }
  if (mode === 'template') {
    const parsed = parseTemplateText(value, ctx.path);
    addShifted(ctx, parsed.diagnostics, at);
    const template: TemplateExpr = remapSpans(parsed.template, at);
    return { ...template, start, end };
  }
  const parsed = parseExpressionText(value, ctx.path);
  addShifted(ctx, parsed.diagnostics, at);
  return remapSpans(parsed.expr, at);
}

/**
 * Maps an offset in a string's decoded value to an offset in the JSON text. Exact through escapes
 * (`\n` and `\u0041` each stand for one UTF-16 unit); if the token cannot be re-read (JSON errors),
 * every offset maps to the token's start or end, an honest blur rather than a wrong place.
 */
function decodedToSource(text: string, start: number, end: number, value: string): (offset: number) => number {
  const contentStart = start + 1;
  const closed = end - start >= 2 && text.charCodeAt(end - 1) === 0x22;
  const contentEnd = closed ? end - 1 : end;
  const raw = text.slice(contentStart, contentEnd);
  if (raw === value) return (o) => contentStart + o;
  const map: number[] = [];
  for (let i = 0; i < raw.length; ) {
    map.push(contentStart + i);
    if (raw.charCodeAt(i) !== 0x5c) i += 1;
    else i += raw.charCodeAt(i + 1) === 0x75 ? 6 : 2;
  }
  if (map.length !== value.length) return (o) => (o <= 0 ? start : end);
  map.push(contentEnd);
  return (o) => map[Math.max(0, Math.min(o, map.length - 1))]!;
}

/**
 * Maps every `start`/`end` in a tree the parser just built for us, in place: nobody else holds it,
 * and copying made this the slowest step on large generated files.
 */
function remapSpans<T>(node: T, at: (offset: number) => number): T {
  if (node === null || typeof node !== 'object') return node;
  if (Array.isArray(node)) {
    for (const n of node) remapSpans(n, at);
    return node;
  }
  const rec = node as Record<string, unknown>;
  for (const k in rec) {
    const v = rec[k];
    if ((k === 'start' || k === 'end') && typeof v === 'number') rec[k] = at(v);
    else if (v !== null && typeof v === 'object') remapSpans(v, at);
  }
  return node;
}

function addShifted(ctx: Context, diagnostics: readonly Diagnostic[], at: (offset: number) => number): void {
  const move = (r: Range): Range => ctx.lines.range(at(r.start.offset), at(r.end.offset));
  for (const d of diagnostics) {
    ctx.diagnostics.push({
      ...d,
      file: ctx.path,
      range: move(d.range),
      ...(d.related ? { related: d.related.map((r) => ({ ...r, file: ctx.path, range: move(r.range) })) } : {}),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Diagnostics

const JSON_ERROR_DETAIL: Readonly<Record<string, string>> = {
  InvalidSymbol: 'This is not a JSON value: expected a string, number, object, array, true, false or null.',
  InvalidNumberFormat: 'This number is not valid JSON.',
  PropertyNameExpected: 'Expected a quoted property name. JSON does not allow a comma after the last property.',
  ValueExpected: 'Expected a JSON value. JSON does not allow a comma after the last element.',
  ColonExpected: 'Expected a colon after the property name.',
  CommaExpected: 'Expected a comma before the next property or element.',
  CloseBraceExpected: 'This object is not closed: expected "}".',
  CloseBracketExpected: 'This array is not closed: expected "]".',
  EndOfFileExpected: 'Expected the end of the file after the root value.',
  InvalidCommentToken: 'JSON does not allow comments; Terraform ignores properties named "//" instead.',
  UnexpectedEndOfComment: 'JSON does not allow comments, and this one is not closed.',
  UnexpectedEndOfString: 'This string is not closed: expected \'"\'.',
  UnexpectedEndOfNumber: 'This number ends too early.',
  InvalidUnicode: 'A \\u escape needs four hexadecimal digits.',
  InvalidEscapeCharacter: 'This escape sequence is not valid in JSON.',
  InvalidCharacter: 'Control characters must be escaped inside JSON strings.',
};

function reportJsonErrors(ctx: Context, errors: readonly ParseError[]): void {
  // jsonc-parser often reports several errors at one offset while it recovers; the first says it
  const seen = new Set<number>();
  for (const e of errors) {
    if (seen.has(e.offset)) continue;
    seen.add(e.offset);
    const code = printParseErrorCode(e.error);
    error(ctx, e.offset, e.offset + e.length, 'Invalid JSON', own(JSON_ERROR_DETAIL, code) ?? code);
  }
}

function error(ctx: Context, start: number, end: number, summary: string, detail: string): void {
  ctx.diagnostics.push({ severity: 'error', summary, detail, file: ctx.path, range: ctx.lines.range(start, end) });
}
