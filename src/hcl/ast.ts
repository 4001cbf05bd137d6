/**
 * The HCL syntax tree. Every node carries `start` and `end`: UTF-16 offsets into its file's text,
 * half-open. `HclFile.lines` turns them into line/column positions (`rangeOf`).
 * The tree is lossless together with the text: comments are kept in `HclFile.comments`, and
 * every token the parser consumed lies inside the range of the node that owns it.
 */
import type { Diagnostic, LineIndex } from '../text';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Identifier extends Span {
  readonly name: string;
}

export type CommentStyle = '#' | '//' | '/*';

export interface Comment extends Span {
  readonly style: CommentStyle;
}

/** One parsed file: native syntax (`.tf`, `.tfvars`, `.hcl`) or JSON syntax (`.tf.json`). */
export interface HclFile {
  readonly path: string;
  readonly text: string;
  readonly syntax: 'native' | 'json';
  readonly body: Body;
  readonly comments: readonly Comment[];
  /** Syntax errors and warnings, each with a precise range. Empty for a valid file. */
  readonly diagnostics: readonly Diagnostic[];
  readonly lines: LineIndex;
}

export interface Body extends Span {
  readonly kind: 'body';
  /** Attributes and blocks in source order. */
  readonly items: readonly BodyItem[];
  /**
   * In JSON syntax an object value may be a nested block or an attribute; only a schema can say.
   * Bodies from `.tf.json` set this so consumers may read an object-valued attribute as a block.
   */
  readonly json?: boolean;
}

export type BodyItem = Attribute | Block;

export interface Attribute extends Span {
  readonly kind: 'attribute';
  readonly name: Identifier;
  readonly expr: Expression;
}

export interface Block extends Span {
  readonly kind: 'block';
  readonly type: Identifier;
  readonly labels: readonly Label[];
  readonly body: Body;
  /** Offset of `{`, or -1 when missing. */
  readonly openBrace: number;
  /** Offset of `}`, or -1 when missing (the parser reported it). */
  readonly closeBrace: number;
}

export interface Label extends Span {
  /** The decoded label text. */
  readonly value: string;
  readonly quoted: boolean;
}

export type Expression =
  | LiteralExpr
  | TemplateExpr
  | TupleExpr
  | ObjectExpr
  | VariableExpr
  | GetAttrExpr
  | IndexExpr
  | SplatExpr
  | SplatItemExpr
  | FunctionCallExpr
  | ForExpr
  | ConditionalExpr
  | BinaryExpr
  | UnaryExpr
  | ParenExpr
  | InvalidExpr;

/** `null`, `true`, `false` or a number. `raw` keeps a number's source text for exact arithmetic. */
export interface LiteralExpr extends Span {
  readonly kind: 'literal';
  readonly value: null | boolean | number;
  readonly raw?: string;
}

/**
 * A quoted string or heredoc. A template of one literal part is a plain string; of exactly one
 * interpolation it is a "wrap" whose value is the interpolated value itself, not a string.
 */
export interface TemplateExpr extends Span {
  readonly kind: 'template';
  readonly parts: readonly TemplatePart[];
  readonly heredoc?: { readonly marker: string; readonly flush: boolean };
}

export type TemplatePart = TemplateLiteral | TemplateInterpolation | TemplateIf | TemplateFor;

/** Literal text with escapes decoded, strip markers and flush-heredoc indentation applied. */
export interface TemplateLiteral extends Span {
  readonly kind: 'template-literal';
  readonly value: string;
}

export interface TemplateInterpolation extends Span {
  readonly kind: 'interpolation';
  readonly expr: Expression;
}

export interface TemplateIf extends Span {
  readonly kind: 'template-if';
  readonly cond: Expression;
  readonly then: readonly TemplatePart[];
  readonly else?: readonly TemplatePart[];
}

export interface TemplateFor extends Span {
  readonly kind: 'template-for';
  readonly keyVar?: Identifier;
  readonly valVar: Identifier;
  readonly coll: Expression;
  readonly body: readonly TemplatePart[];
}

export interface TupleExpr extends Span {
  readonly kind: 'tuple';
  readonly items: readonly Expression[];
}

export interface ObjectItem extends Span {
  /** A bare identifier key is a `variable` node that means its own name, as in Terraform. */
  readonly key: Expression;
  readonly value: Expression;
}

export interface ObjectExpr extends Span {
  readonly kind: 'object';
  readonly items: readonly ObjectItem[];
}

/** A root name: `var`, `local`, `aws_instance`, `each`, a `for` variable. */
export interface VariableExpr extends Span {
  readonly kind: 'variable';
  readonly name: string;
}

export interface GetAttrExpr extends Span {
  readonly kind: 'get-attr';
  readonly object: Expression;
  readonly name: Identifier;
}

/** `a[key]`, or the legacy `a.0` form (`legacy: true`). */
export interface IndexExpr extends Span {
  readonly kind: 'index';
  readonly object: Expression;
  readonly key: Expression;
  readonly legacy?: boolean;
}

/**
 * `source[*].each` (full) or `source.*.each` (attribute-only). `each` is evaluated per element,
 * with the element standing in for the `splat-item` node at its root.
 */
export interface SplatExpr extends Span {
  readonly kind: 'splat';
  readonly source: Expression;
  readonly each: Expression;
  readonly full: boolean;
}

export interface SplatItemExpr extends Span {
  readonly kind: 'splat-item';
}

export interface FunctionCallExpr extends Span {
  readonly kind: 'call';
  /** The whole name, with any namespace: `provider::aws::arn_parse`. */
  readonly name: Identifier;
  readonly args: readonly Expression[];
  /** The final argument ends with `...` and expands into arguments. */
  readonly expandFinal: boolean;
}

export interface ForExpr extends Span {
  readonly kind: 'for';
  /** `{ for ... : k => v }` builds an object; `[ for ... : v ]` a tuple. */
  readonly object: boolean;
  readonly keyVar?: Identifier;
  readonly valVar: Identifier;
  readonly coll: Expression;
  readonly keyExpr?: Expression;
  readonly valExpr: Expression;
  readonly cond?: Expression;
  /** `v...`: values with the same key are grouped into a list. */
  readonly group: boolean;
}

export interface ConditionalExpr extends Span {
  readonly kind: 'conditional';
  readonly cond: Expression;
  readonly then: Expression;
  readonly else: Expression;
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '>' | '<=' | '>=' | '+' | '-' | '*' | '/' | '%';

export interface BinaryExpr extends Span {
  readonly kind: 'binary';
  readonly op: BinaryOp;
  readonly left: Expression;
  readonly right: Expression;
}

export interface UnaryExpr extends Span {
  readonly kind: 'unary';
  readonly op: '-' | '!';
  readonly operand: Expression;
}

export interface ParenExpr extends Span {
  readonly kind: 'paren';
  readonly expr: Expression;
}

/** Where an expression could not be parsed; the parser reported a diagnostic for it. */
export interface InvalidExpr extends Span {
  readonly kind: 'invalid';
}
