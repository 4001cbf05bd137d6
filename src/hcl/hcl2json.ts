/*
 * The JSON that HashiCorp's hcl2json produces for a native-syntax file, as shipped in the
 * `@cdktf/hcl2json` package (a WebAssembly build of the cdktf fork of tmccombs/hcl2json over
 * hashicorp/hcl v2). The rules below were found by probing that build; the conformance test
 * (conformance.test.ts) holds us to it on every fixture in testdata/.
 *
 * Bodies
 * - A body is an object. Blocks are placed first, in source order, then attributes, so an
 *   attribute overwrites a block of the same name (`c = 1` and `c {}` give `{"c": 1}`).
 * - A block nests one object level per label, keyed by the type and then each decoded label
 *   (labels are not re-escaped), and the innermost key holds an array of bodies: repeated
 *   blocks append to it. `resource "a" "b" {}` is `{"resource": {"a": {"b": [{}]}}}`.
 * - While walking the labels, an existing array where an object is needed fails with
 *   `Unable to convert Block to JSON: type.l1.l2`; an existing object where the array goes fails
 *   with `invalid HCL detected for "key" block, cannot have blocks with and without labels`.
 *   The oracle produces no JSON then, so neither do we: we throw with the same message.
 * - Keys come out in source order (blocks, then attributes); JSON consumers do not care.
 *   sortJsonKeys puts them in Go's order (sorted by code point) for printing, so that
 *   JSON.stringify prints them as hcl2json does, except that JavaScript always
 *   puts integer-like keys ("9", "10") first. Go also prints a number literal's exact digits
 *   (12345678901234567890123) and escapes <, > and & as \u003c...; JSON.stringify of our value
 *   prints the nearest double and those characters as they are. Parsed back, both are equal.
 *
 * Expressions (attribute values, tuple items, object values)
 * - `null`, `true`, `false` and numbers are JSON values. A number is the exact decimal of its
 *   literal (cty keeps 512-bit floats; JSON.parse of that equals Number(raw)).
 * - Unary `-` on a number literal and `!` on a bool literal are folded (`-0` stays -0);
 *   on a literal of the wrong type or null hcl2json fails, and so do we. On anything else the
 *   unary expression is source text like any other.
 * - A quoted string or heredoc whose only part is one interpolation (`"${x}"`, `"${ x }"`,
 *   `"${~x~}"`) is converted as the interpolated expression itself: `"${1}"` is 1, `"${"a"}"`
 *   is "a", `"${var.x}"` is "${var.x}". Any other template becomes a string (below), even when
 *   a strip marker emptied its other literal: `"${1 ~} "` is "1".
 * - A tuple is an array of converted items, an object an object of converted keys and values
 *   (the last duplicate key wins).
 * - Everything else (references, calls, operators, conditionals, for, splats, parentheses...)
 *   is `"${" + source + "}"`, with source the exact text of the node's range: comments,
 *   newlines (CRLF too) and inner spacing are kept; the range of a parenthesised expression
 *   includes its parentheses, a call's its closing `)`. tmccombs' rangeSource also takes one
 *   `)` that immediately follows the range (a workaround for old hcl ranges); we do the same.
 *
 * Templates rendered as strings (each part in order, concatenated)
 * - Literal text is the decoded value (escapes, strip markers and flush-heredoc indentation
 *   applied) re-escaped: every `${` becomes `$${` and every `%{` becomes `%%{`. A string
 *   without interpolation is rendered the same way: `"$${x}"` gives "$${x}".
 * - An interpolation renders its expression in string context:
 *     literal  -> its text: `null`, `true`, `false`, or the number as a plain decimal
 *                 (no exponent, no trailing zeros: 1.50 -> 1.5, 1e3 -> 1000, 1.5e-7 ->
 *                 0.00000015, big integers exact from the source digits);
 *     template -> rendered recursively (so `"a${"b${x}"}c"` is "ab${x}c");
 *     conditional `c ? t : f` -> `%{if SRC(c)}` + t in string context
 *                 + (`%{else}` + f in string context, only if that is non-empty) + `%{endif}`;
 *     anything else (including unary and parentheses) -> `${SRC}`. Spaces and strip markers
 *     inside `${ }` are therefore dropped.
 * - `%{if c}A%{else}B%{endif}` renders exactly like the conditional above, A and B being the
 *   rendered parts; `%{for k, v in coll}B%{endfor}` renders as `%{for k, v in SRC(coll)}` + B +
 *   `%{endfor}` (`k, ` only when there is a key variable). Spacing and strip markers in the
 *   directive itself are normalised away.
 *
 * Object keys
 * - A key that is a traversal (a name, then `.attr`, `.0` or `[literal]` steps with a number,
 *   bool, null or interpolation-free string literal, e.g. `a.b`, `k[0].z`, `k["b"]`, `a-b`) is
 *   its source text as written.
 * - Any other key is rendered in string context as above: `"x${k}y"` -> "x${k}y",
 *   `1e3` -> "1000", `(k)` -> "${(k)}", `-1` -> "${-1}", `a ? b : c` -> "%{if a}${b}...".
 *
 * JSON syntax (`.tf.json`)
 * - hcl2json always parses its input as native syntax, so it rejects a `.tf.json` file ("Argument
 *   or block definition required"). We return the file's own JSON value instead: that is the
 *   document hcl2json's native output imitates, and the only lossless answer.
 */
// the ESM build: the UMD one that the bare name resolves to breaks when bundled (see json-syntax.ts)
import { parse as parseJson } from 'jsonc-parser';
import type {
  Block,
  Body,
  Expression,
  HclFile,
  ObjectExpr,
  TemplateExpr,
  TemplatePart,
  UnaryExpr,
} from './ast';

type JsonObject = { [key: string]: unknown };

/**
 * The JSON value hcl2json (as `@cdktf/hcl2json`) produces for `file`, built from the syntax tree
 * and the file's text. Throws an Error, with hcl2json's message, for the inputs hcl2json
 * rejects after parsing (blocks of one type with and without labels, unary operators on
 * literals of the wrong type); syntax errors are the parser's business and are not checked.
 * A JSON-syntax file yields its own JSON value.
 */
export function toHcl2Json(file: HclFile): unknown {
  if (file.syntax === 'json') return parseJson(file.text, [], { allowTrailingComma: true }) ?? {};
  return new Converter(file.text).body(file.body);
}

class Converter {
  constructor(private readonly text: string) {}

  body(body: Body): JsonObject {
    const out: JsonObject = {};
    for (const item of body.items) if (item.kind === 'block') this.block(item, out);
    for (const item of body.items) {
      if (item.kind === 'attribute') setKey(out, item.name.name, this.expression(item.expr));
    }
    return out;
  }

  private block(block: Block, root: JsonObject): void {
    let out = root;
    let key = block.type.name;
    for (const label of block.labels) {
      if (Object.prototype.hasOwnProperty.call(out, key)) {
        const next = out[key];
        if (!isObject(next)) {
          const path = [block.type.name, ...block.labels.map((l) => l.value)].join('.');
          throw new Error(`Unable to convert Block to JSON: ${path}`);
        }
        out = next;
      } else {
        const next: JsonObject = {};
        setKey(out, key, next);
        out = next;
      }
      key = label.value;
    }
    const value = this.body(block.body);
    if (Object.prototype.hasOwnProperty.call(out, key)) {
      const current = out[key];
      if (!Array.isArray(current)) {
        throw new Error(`invalid HCL detected for "${key}" block, cannot have blocks with and without labels`);
      }
      current.push(value);
    } else {
      setKey(out, key, [value]);
    }
  }

  private expression(expr: Expression): unknown {
    switch (expr.kind) {
      case 'literal':
        return expr.value;
      case 'unary':
        return this.unary(expr);
      case 'template': {
        const only = wrapped(expr);
        return only ? this.expression(only) : this.parts(expr.parts);
      }
      case 'tuple':
        return expr.items.map((item) => this.expression(item));
      case 'object':
        return this.object(expr);
      default:
        return this.wrap(expr);
    }
  }

  private unary(expr: UnaryExpr): unknown {
    const operand = expr.operand;
    if (operand.kind !== 'literal') return this.wrap(expr);
    const value = operand.value;
    if (value === null) throw new Error('Operation failed; Error during operation: argument must not be null.');
    if (expr.op === '-') {
      if (typeof value !== 'number') {
        throw new Error('Invalid operand; Unsuitable value for unary operand: number required.');
      }
      return -value;
    }
    if (typeof value !== 'boolean') {
      throw new Error('Invalid operand; Unsuitable value for unary operand: bool required.');
    }
    return !value;
  }

  private object(expr: ObjectExpr): JsonObject {
    const out: JsonObject = {};
    for (const item of expr.items) setKey(out, this.key(item.key), this.expression(item.value));
    return out;
  }

  private key(key: Expression): string {
    return this.isTraversal(key) ? this.source(key) : this.stringPart(key);
  }

  /** hcl's ScopeTraversalExpr: what a key keeps verbatim. */
  private isTraversal(expr: Expression): boolean {
    for (;;) {
      switch (expr.kind) {
        case 'variable':
          return true;
        case 'get-attr':
          expr = expr.object;
          continue;
        case 'index':
          if (!expr.legacy && !this.isLiteralKey(expr.key)) return false;
          expr = expr.object;
          continue;
        default:
          return false;
      }
    }
  }

  private isLiteralKey(key: Expression): boolean {
    // a parser may fold `-1` into a literal; hcl sees a unary operator there
    if (key.kind === 'literal') return this.text.charCodeAt(key.start) !== 45;
    if (key.kind !== 'template' || key.heredoc) return false;
    return key.parts.length === 0 || (key.parts.length === 1 && key.parts[0].kind === 'template-literal');
  }

  /** An expression where hcl2json wants a string: template parts, conditional branches, keys. */
  private stringPart(expr: Expression): string {
    switch (expr.kind) {
      case 'literal':
        return literalText(expr.value, expr.raw);
      case 'template':
        return this.parts(expr.parts);
      case 'conditional':
        return this.conditional(this.source(expr.cond), this.stringPart(expr.then), this.stringPart(expr.else));
      default:
        return this.wrap(expr);
    }
  }

  private parts(parts: readonly TemplatePart[]): string {
    let out = '';
    for (const part of parts) {
      switch (part.kind) {
        case 'template-literal':
          out += escapeTemplate(part.value);
          break;
        case 'interpolation':
          out += this.stringPart(part.expr);
          break;
        case 'template-if':
          out += this.conditional(
            this.source(part.cond),
            this.parts(part.then),
            part.else ? this.parts(part.else) : '',
          );
          break;
        case 'template-for': {
          const vars = part.keyVar ? `${part.keyVar.name}, ${part.valVar.name}` : part.valVar.name;
          out += `%{for ${vars} in ${this.source(part.coll)}}${this.parts(part.body)}%{endfor}`;
          break;
        }
      }
    }
    return out;
  }

  private conditional(cond: string, then: string, otherwise: string): string {
    return `%{if ${cond}}${then}${otherwise.length > 0 ? `%{else}${otherwise}` : ''}%{endif}`;
  }

  private wrap(expr: Expression): string {
    return '${' + this.source(expr) + '}';
  }

  /** tmccombs' rangeSource: the node's text, plus a `)` right after it. */
  private source(expr: Expression): string {
    const end = this.text.charCodeAt(expr.end) === 41 ? expr.end + 1 : expr.end;
    return this.text.slice(expr.start, end);
  }
}

/** The interpolated expression of a template that is exactly one interpolation. */
function wrapped(expr: TemplateExpr): Expression | undefined {
  if (expr.heredoc || expr.parts.length !== 1) return undefined;
  const only = expr.parts[0];
  return only.kind === 'interpolation' ? only.expr : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Assignment that treats `__proto__` as a plain key, as JSON.parse does. */
function setKey(out: JsonObject, key: string, value: unknown): void {
  if (key === '__proto__') {
    Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    out[key] = value;
  }
}

/**
 * The same JSON value with every object's keys in the order Go's encoding/json prints them (bytes of
 * UTF-8, which is code point order), for printing hcl2json's output as hcl2json does. Parsed JSON
 * does not care about key order, so toHcl2Json leaves this to whoever prints.
 */
export function sortJsonKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortJsonKeys);
  if (value === null || typeof value !== 'object') return value;
  const obj = value as JsonObject;
  for (const key of Object.keys(obj)) setKey(obj, key, sortJsonKeys(obj[key]));
  return sortKeys(obj);
}

/** Go's encoding/json sorts keys by bytes of UTF-8, which is code point order. */
function sortKeys(obj: JsonObject): JsonObject {
  const keys = Object.keys(obj);
  if (keys.length < 2) return obj;
  let sorted = true;
  for (let i = 1; i < keys.length && sorted; i++) sorted = compareCodePoints(keys[i - 1], keys[i]) < 0;
  if (sorted) return obj;
  keys.sort(compareCodePoints);
  const out: JsonObject = {};
  for (const key of keys) setKey(out, key, obj[key]);
  return out;
}

function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** Orders UTF-16 units so that surrogates (U+10000 and up) sort after U+E000..U+FFFF. */
function codePointRank(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  return unit >= 0xd800 ? unit + 0x2000 : unit;
}

/** Literal text as it reads back in a template: `${` and `%{` escaped again. */
function escapeTemplate(value: string): string {
  if (value.indexOf('{') < 0) return value;
  return value.replace(/([$%])\{/g, '$1$1{');
}

/** cty's string conversion of a literal. */
function literalText(value: null | boolean | number, raw: string | undefined): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return plainDecimal(raw ?? String(value));
}

/** A decimal number's text without exponent, leading or trailing zeros: big.Float Text('f', -1). */
function plainDecimal(text: string): string {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = '', exponent = '0'] = match;
  let digits = whole + fraction;
  let exp = Number(exponent) - fraction.length;
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 48) first++;
  digits = digits.slice(first);
  if (digits.length === 0) return '0';
  let last = digits.length;
  while (digits.charCodeAt(last - 1) === 48) last--;
  exp += digits.length - last;
  digits = digits.slice(0, last);
  const minus = sign === '-' ? '-' : '';
  if (exp >= 0) return minus + digits + '0'.repeat(exp);
  const point = digits.length + exp;
  if (point > 0) return `${minus}${digits.slice(0, point)}.${digits.slice(point)}`;
  return `${minus}0.${'0'.repeat(-point)}${digits}`;
}
