/**
 * A recursive-descent parser for HCL's native syntax (hashicorp/hcl hclsyntax/spec.md).
 *
 * Contract: it never throws and always returns a tree. A syntax error becomes a diagnostic with a
 * precise range, and parsing resumes at the next sensible boundary: the end of the line for a body
 * item, the matching bracket inside an expression, or a Terraform top-level block header written at
 * column 0 when an unclosed bracket or block would otherwise swallow the rest of the file.
 * Work is linear in the input: every loop consumes a token or stops, and nesting deeper than
 * MAX_DEPTH is reported and skipped without recursion.
 */
import { LineIndex, type Diagnostic } from '../text';
import type {
  Attribute,
  BinaryOp,
  Block,
  Body,
  BodyItem,
  Expression,
  HclFile,
  Identifier,
  InvalidExpr,
  Label,
  ObjectItem,
  Span,
  TemplateExpr,
  TemplatePart,
} from './ast';
import { isIdentStart, scanIdentEnd, Scanner, T, TOKEN_NAMES, type TokenKind } from './scanner';

/** Deeper nesting than this is reported as an error and skipped, to keep the call stack bounded. */
const MAX_DEPTH = 200;

/** Block types that Terraform accepts only at the top level of a file, used for error recovery. */
const TOP_LEVEL_BLOCKS = new Set([
  'resource', 'data', 'module', 'variable', 'output', 'locals', 'provider', 'terraform', 'moved', 'import',
  'check', 'removed', 'ephemeral',
]);

const BINARY_PREC: Partial<Record<TokenKind, number>> = {
  [T.Or]: 1,
  [T.And]: 2,
  [T.EqualEqual]: 3,
  [T.NotEqual]: 3,
  [T.Less]: 4,
  [T.Greater]: 4,
  [T.LessEqual]: 4,
  [T.GreaterEqual]: 4,
  [T.Plus]: 5,
  [T.Minus]: 5,
  [T.Star]: 6,
  [T.Slash]: 6,
  [T.Percent]: 6,
};

const BINARY_OP: Partial<Record<TokenKind, BinaryOp>> = {
  [T.Or]: '||',
  [T.And]: '&&',
  [T.EqualEqual]: '==',
  [T.NotEqual]: '!=',
  [T.Less]: '<',
  [T.Greater]: '>',
  [T.LessEqual]: '<=',
  [T.GreaterEqual]: '>=',
  [T.Plus]: '+',
  [T.Minus]: '-',
  [T.Star]: '*',
  [T.Slash]: '/',
  [T.Percent]: '%',
};

interface RawError {
  start: number;
  end: number;
  summary: string;
  detail: string;
  related?: { start: number; end: number; message: string };
}

/** A template token before directives are nested: the flat sequence HCL's template parser works on. */
type FlatPart =
  | { t: 'lit'; value: string; start: number; end: number }
  | { t: 'interp'; expr: Expression; start: number; end: number }
  | { t: 'if'; cond: Expression; start: number; end: number }
  | { t: 'else'; start: number; end: number }
  | { t: 'endif'; start: number; end: number }
  | { t: 'for'; keyVar?: Identifier; valVar: Identifier; coll: Expression; start: number; end: number }
  | { t: 'endfor'; start: number; end: number };

const WHITESPACE_START = /^\s+/u;
const PLAIN_STRING_BREAKERS = /[\\$%\r\n]/;
const WHITESPACE_END = /\s+$/u;

class Parser {
  private readonly sc: Scanner;
  private readonly text: string;
  /** The scanner holds a token that has not been consumed yet. */
  private has = false;
  /** Whether newlines are tokens right now (bodies, objects) or skipped (brackets, parens, templates). */
  private nl = true;
  private readonly nlStack: boolean[] = [];
  private depth = 0;
  /** How many blocks or brackets enclose the current point; top-level recovery applies only inside one. */
  private nesting = 0;
  /** Set when recovery found a top-level block header: every nested construct returns at once. */
  private unwinding = false;
  readonly errors: RawError[] = [];

  constructor(text: string, start = 0) {
    this.text = text;
    this.sc = new Scanner(text);
    if (start > 0) this.sc.pos = start;
  }

  get comments() {
    return this.sc.comments;
  }

  // ---- tokens ----

  private peek(): TokenKind {
    const sc = this.sc;
    if (!this.has) {
      sc.scan();
      this.has = true;
    }
    if (!this.nl) while (sc.kind === T.Newline) sc.scan();
    return sc.kind;
  }

  private next(): void {
    this.has = false;
  }

  private get tokStart(): number {
    return this.sc.start;
  }

  private get tokEnd(): number {
    return this.sc.end;
  }

  private tokText(): string {
    return this.text.slice(this.sc.start, this.sc.end);
  }

  private isKeyword(word: string): boolean {
    return this.peek() === T.Ident && this.sc.end - this.sc.start === word.length && this.text.startsWith(word, this.sc.start);
  }

  private pushNl(include: boolean): void {
    this.nlStack.push(this.nl);
    this.nl = include;
  }

  private popNl(): void {
    this.nl = this.nlStack.pop() ?? true;
  }

  /** Moves the scanner to `pos`, dropping any lookahead. Used when switching into template mode. */
  private seek(pos: number): void {
    this.sc.pos = pos;
    this.has = false;
  }

  private error(start: number, end: number, summary: string, detail: string): void {
    // one error per place: recovery may revisit a token
    const last = this.errors[this.errors.length - 1];
    if (last && last.start === start && last.summary === summary) return;
    this.errors.push({ start, end, summary, detail });
  }

  private errorAtToken(summary: string, detail: string): void {
    this.peek();
    this.error(this.tokStart, Math.max(this.tokEnd, this.tokStart), summary, detail);
  }

  private describe(kind: TokenKind): string {
    return TOKEN_NAMES[kind] ?? 'token';
  }

  // ---- recovery ----

  /** True when the current token is an identifier at column 0 that opens a Terraform top-level block. */
  private atTopLevelHeader(): boolean {
    if (this.nesting === 0 || this.peek() !== T.Ident) return false;
    const s = this.tokStart;
    const before = s === 0 ? 10 : this.text.charCodeAt(s - 1);
    if (before !== 10 && before !== 13 && !(s === 1 && before === 0xfeff)) return false;
    if (!TOP_LEVEL_BLOCKS.has(this.tokText())) return false;
    let i = this.tokEnd;
    while (this.text.charCodeAt(i) === 32 || this.text.charCodeAt(i) === 9) i++;
    const c = this.text.charCodeAt(i);
    return c === 34 || c === 123 || isIdentStart(this.text, i);
  }

  /**
   * Skips tokens until `stop` at bracket depth 0 (consumed), a closer of another kind at depth 0 or
   * EOF (not consumed), a newline at depth 0 when `atNewline` (not consumed), or a top-level block
   * header at any depth (sets `unwinding`). Returns the end offset of the last token skipped and
   * whether `stop` was found.
   */
  private recover(stop: TokenKind | -1, atNewline: boolean, inBody = false): { end: number; found: boolean } {
    let depth = 0;
    let end = this.tokStart;
    for (;;) {
      const k = this.peek();
      if (k === T.EOF) return { end, found: false };
      if (depth === 0) {
        if (k === stop) {
          end = this.tokEnd;
          this.next();
          return { end, found: true };
        }
        // in a body only `}` can close something; stray `]` and `)` are skipped
        if (k === T.RBrace || (!inBody && (k === T.RBrack || k === T.RParen))) return { end, found: false };
        if (atNewline && k === T.Newline) return { end, found: false };
      }
      if (this.atTopLevelHeader()) {
        this.unwinding = true;
        return { end, found: false };
      }
      if (k === T.LBrace || k === T.LBrack || k === T.LParen || k === T.TemplateOpen) depth++;
      else if ((k === T.RBrace || k === T.RBrack || k === T.RParen) && depth > 0) depth--;
      end = this.tokEnd;
      this.next();
      if (k === T.OQuote) end = this.skipQuoted();
      else if (k === T.Heredoc) end = this.skipHeredocHeader(end);
    }
  }

  /** Skips the rest of a quoted string without parsing it; stops at the closing quote or line end. */
  private skipQuoted(): number {
    const text = this.text;
    let i = this.sc.pos;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        break;
      }
      if (c === 10 || c === 13) break;
      i += c === 92 ? 2 : 1;
    }
    this.seek(Math.min(i, text.length));
    return this.sc.pos;
  }

  private skipHeredocHeader(end: number): number {
    // a heredoc in skipped text: skip its whole body so its lines are not read as syntax
    const h = this.readHeredocHeader(end - 2);
    if (!h) return end;
    const close = this.findHeredocEnd(h.bodyStart, h.marker);
    this.seek(close.end);
    return close.end;
  }

  /** Skips a construct nested too deeply to parse, with a counter instead of recursion. */
  private skipTooDeep(start: number, throughNewlines = false, detail = `Kensa parses up to ${MAX_DEPTH} levels of nested brackets, blocks and templates; this goes deeper.`): InvalidExpr {
    this.error(start, start + 1, 'Nesting too deep', detail);
    let depth = 0;
    let end = start;
    for (;;) {
      const k = this.peek();
      if (k === T.EOF) break;
      if (k === T.LBrace || k === T.LBrack || k === T.LParen) depth++;
      else if (k === T.RBrace || k === T.RBrack || k === T.RParen) {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && k === T.Newline && !throughNewlines) break;
      end = this.tokEnd;
      this.next();
      if (k === T.OQuote) end = this.skipQuoted();
    }
    return { kind: 'invalid', start, end };
  }

  // ---- bodies ----

  parseFileBody(): Body {
    const start = this.sc.pos;
    const items = this.parseBodyItems(null);
    return { kind: 'body', items, start, end: this.text.length };
  }

  /** Body items until `}` (not consumed) or EOF. `parent` is the enclosing block header, if any. */
  private parseBodyItems(parent: Span | null): BodyItem[] {
    const items: BodyItem[] = [];
    let seen: Map<string, Identifier> | undefined;
    let lastStart = -1;
    for (;;) {
      const k = this.peek();
      // every round must consume something; a token seen twice is skipped rather than looped on
      if (this.tokStart === lastStart && k !== T.EOF && !(k === T.RBrace && parent)) {
        this.next();
        continue;
      }
      lastStart = this.tokStart;
      if (k === T.Newline) {
        this.next();
        continue;
      }
      if (k === T.EOF) break;
      if (this.unwinding) {
        if (parent) break;
        this.unwinding = false;
      }
      if (k === T.RBrace) {
        if (parent) break;
        this.errorAtToken('Argument or block definition required', 'An argument or block definition is required here. This closing brace has no matching opening brace.');
        this.next();
        continue;
      }
      if (k !== T.Ident) {
        this.errorAtToken(
          'Argument or block definition required',
          `An argument or block definition is required here, not ${this.describe(k)}. To set an argument, use the equals sign "=" to introduce the argument value.`,
        );
        this.recoverAfterItem();
        continue;
      }
      if (parent && this.atTopLevelHeader()) {
        // a Terraform top-level block header at column 0 inside a block: an enclosing `}` is missing
        this.unwinding = true;
        break;
      }
      const item = this.parseBodyItem();
      if (!item) continue;
      items.push(item);
      if (item.kind === 'attribute') {
        const first = findEarlierAttribute(items, item.name.name, seen);
        if (items.length > 32 && !seen) seen = new Map(items.filter((i): i is Attribute => i.kind === 'attribute').map((i) => [i.name.name, i.name]));
        if (first) {
          const line = this.lineOf(first.start);
          this.errors.push({
            start: item.name.start,
            end: item.name.end,
            summary: 'Attribute redefined',
            detail: `The argument "${item.name.name}" was already set at line ${line}. Each argument may be set only once.`,
            related: { start: first.start, end: first.end, message: `"${item.name.name}" first set here` },
          });
        } else seen?.set(item.name.name, item.name);
      }
    }
    return items;
  }

  private lineIndex: LineIndex | undefined;

  private lineOf(offset: number): number {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex.position(offset).line + 1;
  }

  private recoverAfterItem(): void {
    this.nesting++;
    this.recover(-1, true, true);
    this.nesting--;
  }

  private parseBodyItem(): BodyItem | null {
    const nameStart = this.tokStart;
    const nameEnd = this.tokEnd;
    const name: Identifier = { name: this.tokText(), start: nameStart, end: nameEnd };
    this.next();
    const k = this.peek();
    if (k === T.Equal) {
      this.next();
      const expr = this.parseExpression();
      const attr: Attribute = { kind: 'attribute', name, expr, start: nameStart, end: Math.max(expr.end, nameEnd) };
      this.expectItemEnd('Missing newline after argument', 'An argument definition must end with a newline.');
      return attr;
    }
    if (k === T.OQuote || k === T.Ident || k === T.LBrace) return this.parseBlock(name);
    if (k === T.Newline || k === T.EOF) {
      this.error(nameStart, nameEnd, 'Argument or block definition required', `An argument or block definition is required here. To set an argument, use the equals sign "=" to introduce the argument value.`);
      return null;
    }
    this.errorAtToken(
      k === T.Colon ? 'Invalid argument definition' : 'Argument or block definition required',
      k === T.Colon
        ? 'An argument is set with the equals sign "=", not a colon.'
        : `An argument or block definition is required here, not ${this.describe(k)}. To set an argument, use the equals sign "=" to introduce the argument value.`,
    );
    this.recoverAfterItem();
    return null;
  }

  /** After an attribute or block: a newline or EOF must follow (or `}` closing a one-line block). */
  private expectItemEnd(summary: string, detail: string): void {
    const k = this.peek();
    if (k === T.Newline) {
      this.next();
      return;
    }
    if (k === T.EOF || k === T.RBrace || this.unwinding) return;
    this.errorAtToken(summary, detail);
    this.recoverAfterItem();
  }

  private parseBlock(type: Identifier): Block {
    const labels: Label[] = [];
    for (;;) {
      const k = this.peek();
      if (k === T.OQuote) {
        const s = this.tokStart;
        this.next();
        const tpl = this.parseQuotedTemplate(s);
        let value = '';
        for (const p of tpl.parts) {
          if (p.kind === 'template-literal') value += p.value;
          else {
            this.error(p.start, p.end, 'Invalid block label', 'Block labels are plain strings: template sequences are not allowed in them.');
          }
        }
        labels.push({ value, quoted: true, start: tpl.start, end: tpl.end });
      } else if (k === T.Ident) {
        labels.push({ value: this.tokText(), quoted: false, start: this.tokStart, end: this.tokEnd });
        this.next();
      } else break;
    }
    const headerEnd = labels.length ? labels[labels.length - 1]!.end : type.end;
    if (this.peek() !== T.LBrace) {
      this.errorAtToken('Invalid block definition', `A block definition must have block content delimited by "{" and "}", starting on the same line as the block header; found ${this.describe(this.peek())}.`);
      this.recoverAfterItem();
      const end = Math.max(headerEnd, this.tokStart);
      return { kind: 'block', type, labels, body: { kind: 'body', items: [], start: end, end }, openBrace: -1, closeBrace: -1, start: type.start, end };
    }
    const openBrace = this.tokStart;
    this.next();
    if (this.depth >= MAX_DEPTH) {
      const bad = this.skipTooDeep(openBrace, true);
      let closeBrace = -1;
      if (this.peek() === T.RBrace) {
        closeBrace = this.tokStart;
        this.next();
      }
      const end = closeBrace >= 0 ? closeBrace + 1 : Math.max(bad.end, openBrace + 1);
      const body: Body = { kind: 'body', items: [], start: openBrace + 1, end: closeBrace >= 0 ? closeBrace : end };
      return { kind: 'block', type, labels, body, openBrace, closeBrace, start: type.start, end };
    }
    this.depth++;
    this.nesting++;
    let items: BodyItem[];
    const k = this.peek();
    if (k === T.Newline || k === T.EOF) {
      items = this.parseBodyItems(type);
    } else {
      items = this.parseOneLineBody(type);
    }
    this.nesting--;
    this.depth--;
    let closeBrace = -1;
    let end: number;
    if (this.peek() === T.RBrace && !this.unwinding) {
      closeBrace = this.tokStart;
      end = this.tokEnd;
      this.next();
      this.expectItemEnd('Missing newline after block definition', 'A block definition must end with a newline.');
    } else {
      this.error(openBrace, openBrace + 1, 'Unclosed configuration block', 'There is no closing brace for this block before the end of the file or the next top-level block. This may be caused by incorrect brace nesting elsewhere in this file.');
      const last = items[items.length - 1];
      end = last ? last.end : openBrace + 1;
    }
    const body: Body = { kind: 'body', items, start: openBrace + 1, end: closeBrace >= 0 ? closeBrace : end };
    return { kind: 'block', type, labels, body, openBrace, closeBrace, start: type.start, end };
  }

  /** `{ name = value }` or `{}` on the header's line: at most one argument, no nested blocks. */
  private parseOneLineBody(parent: Span): BodyItem[] {
    if (this.peek() === T.RBrace) return [];
    const first = this.tokStart;
    const item = this.peek() === T.Ident ? this.parseBodyItem() : null;
    if (item?.kind === 'block') {
      this.error(item.start, item.end, 'Invalid single-argument block definition', 'A single-line block definition cannot contain another block definition. To define a nested block, place it on a line of its own within its parent block.');
    }
    if (this.peek() === T.RBrace || this.unwinding) return item ? [item] : [];
    // more than one argument: report it, then read the rest as an ordinary body
    this.error(first, Math.max(first + 1, item ? item.end : first + 1), 'Invalid single-argument block definition', 'A single-line block definition can contain only a single argument. Put each argument on a line of its own.');
    const rest = this.parseBodyItems(parent);
    return item ? [item, ...rest] : rest;
  }

  // ---- expressions ----

  parseExpression(): Expression {
    if (this.depth >= MAX_DEPTH) {
      this.peek();
      return this.skipTooDeep(this.tokStart);
    }
    this.depth++;
    const cond = this.parseBinary(1);
    let result: Expression = cond;
    if (this.peek() === T.Question) {
      this.next();
      const then = this.parseExpression();
      let els: Expression;
      if (this.peek() === T.Colon) {
        this.next();
        els = this.parseExpression();
      } else {
        this.errorAtToken('Missing false expression in conditional', 'The conditional operator (...?...:...) requires a false expression, delimited by a colon.');
        els = { kind: 'invalid', start: then.end, end: then.end };
      }
      result = { kind: 'conditional', cond, then, else: els, start: cond.start, end: Math.max(els.end, then.end) };
    }
    this.depth--;
    return result;
  }

  private parseBinary(minPrec: number): Expression {
    let left = this.parseUnary();
    // each operator of a chain nests the tree one level deeper (`1 + 1 + 1` is `(1 + 1) + 1`): the
    // chain counts against the depth limit, so every walk over the tree stays within the stack
    const depth = this.depth;
    try {
      for (;;) {
        const k = this.peek();
        const prec = BINARY_PREC[k];
        if (prec === undefined || prec < minPrec) return left;
        if (this.depth >= MAX_DEPTH) {
          const rest = this.skipTooDeep(this.tokStart, false, `Kensa evaluates up to ${MAX_DEPTH} operators and nested brackets in one expression; this chain of operators goes on longer. Split it into local values.`);
          return { kind: 'invalid', start: left.start, end: rest.end };
        }
        this.next();
        this.depth++;
        const right = this.parseBinary(prec + 1);
        left = { kind: 'binary', op: BINARY_OP[k]!, left, right, start: left.start, end: Math.max(right.end, left.end) };
      }
    } finally {
      this.depth = depth;
    }
  }

  private parseUnary(): Expression {
    const k = this.peek();
    if (k === T.Minus || k === T.Bang) {
      const start = this.tokStart;
      const opEnd = this.tokEnd;
      this.next();
      if (this.depth >= MAX_DEPTH) return this.skipTooDeep(start);
      this.depth++;
      const operand = this.parseUnary();
      this.depth--;
      return { kind: 'unary', op: k === T.Minus ? '-' : '!', operand, start, end: Math.max(operand.end, opEnd) };
    }
    return this.parsePostfix(this.parsePrimary());
  }

  private parsePrimary(): Expression {
    const k = this.peek();
    const start = this.tokStart;
    const end = this.tokEnd;
    switch (k) {
      case T.Number: {
        const raw = this.tokText();
        this.next();
        return { kind: 'literal', value: Number(raw), raw, start, end };
      }
      case T.Ident: {
        const name = this.tokText();
        this.next();
        if (name === 'true' || name === 'false') return { kind: 'literal', value: name === 'true', start, end };
        if (name === 'null') return { kind: 'literal', value: null, start, end };
        const after = this.peek();
        if (after === T.LParen || after === T.DoubleColon) return this.parseCall(start, end);
        return { kind: 'variable', name, start, end };
      }
      case T.OQuote:
        this.next();
        return this.parseQuotedTemplate(start);
      case T.Heredoc:
        this.next();
        return this.parseHeredoc(start);
      case T.LBrack:
        return this.parseTuple();
      case T.LBrace:
        return this.parseObject();
      case T.LParen: {
        this.next();
        this.pushNl(false);
        this.nesting++;
        const inner = this.parseExpression();
        let close = inner.end;
        if (this.peek() === T.RParen) {
          close = this.tokEnd;
          this.next();
        } else if (!this.unwinding) {
          this.errorAtToken('Unbalanced parentheses', 'Expected a closing parenthesis to terminate the expression.');
          close = this.recover(T.RParen, false).end;
        }
        this.nesting--;
        this.popNl();
        return { kind: 'paren', expr: inner, start, end: Math.max(close, inner.end) };
      }
    }
    if (k === T.EOF || k === T.Newline) {
      // at the end of the line itself, not over the line break
      this.error(start, start, 'Missing expression', 'Expected the start of an expression, but found the end of the line.');
    } else if (k === T.TemplateOpen) {
      this.errorAtToken('Invalid expression', 'Template sequences ("${" and "%{") are allowed only inside quoted strings and heredocs.');
    } else {
      this.errorAtToken('Invalid expression', `Expected the start of an expression, but found ${this.describe(k)}.`);
    }
    return { kind: 'invalid', start, end: start };
  }

  private parseCall(start: number, nameEnd: number): Expression {
    let end = nameEnd;
    while (this.peek() === T.DoubleColon) {
      this.next();
      if (this.peek() !== T.Ident) {
        this.errorAtToken('Invalid function name', 'A namespaced function name continues with a name after "::".');
        return { kind: 'invalid', start, end };
      }
      end = this.tokEnd;
      this.next();
    }
    const name: Identifier = { name: this.text.slice(start, end), start, end };
    if (this.peek() !== T.LParen) {
      this.errorAtToken('Invalid function call', 'A namespaced function name must be followed by its arguments in parentheses.');
      return { kind: 'invalid', start, end };
    }
    const open = this.tokStart;
    this.next();
    if (this.depth >= MAX_DEPTH) return this.skipTooDeep(open);
    this.depth++;
    this.pushNl(false);
    this.nesting++;
    const args: Expression[] = [];
    let expandFinal = false;
    let close = -1;
    for (;;) {
      const k = this.peek();
      if (k === T.RParen) {
        close = this.tokEnd;
        this.next();
        break;
      }
      if (k === T.EOF || k === T.RBrace || k === T.RBrack || this.unwinding) break;
      if (this.atTopLevelHeader()) {
        this.unwinding = true;
        break;
      }
      if (expandFinal) {
        this.errorAtToken('Missing closing parenthesis', 'An expanded function argument (with "...") must be immediately followed by closing parentheses.');
        const r = this.recover(T.RParen, false);
        if (r.found) close = r.end;
        break;
      }
      args.push(this.parseExpression());
      const after = this.peek();
      if (after === T.Ellipsis) {
        expandFinal = true;
        this.next();
        continue;
      }
      if (after === T.Comma) {
        this.next();
        continue;
      }
      if (after === T.RParen) continue;
      if (after === T.EOF || after === T.RBrace || after === T.RBrack || this.unwinding) break;
      this.errorAtToken('Missing argument separator', 'A comma is required to separate each function argument from the next.');
      const r = this.recover(T.RParen, false);
      if (r.found) close = r.end;
      break;
    }
    if (close < 0 && !this.unwinding) {
      this.error(open, open + 1, 'Unterminated function call', 'There is no closing parenthesis for this function call before the end of the expression.');
    }
    this.nesting--;
    this.popNl();
    this.depth--;
    const last = args[args.length - 1];
    const end2 = close >= 0 ? close : Math.max(last ? last.end : open + 1, open + 1);
    return { kind: 'call', name, args, expandFinal, start, end: end2 };
  }

  private parseTuple(): Expression {
    const open = this.tokStart;
    this.next();
    if (this.depth >= MAX_DEPTH) return this.skipTooDeep(open);
    this.pushNl(false);
    if (this.isKeyword('for')) {
      const f = this.parseFor(open, false);
      this.popNl();
      return f;
    }
    this.depth++;
    this.nesting++;
    const items: Expression[] = [];
    let close = -1;
    for (;;) {
      const k = this.peek();
      if (k === T.RBrack) {
        close = this.tokEnd;
        this.next();
        break;
      }
      if (k === T.EOF || k === T.RBrace || k === T.RParen || this.unwinding) break;
      if (this.atTopLevelHeader()) {
        this.unwinding = true;
        break;
      }
      const item = this.parseExpression();
      items.push(item);
      const after = this.peek();
      if (after === T.Comma) {
        this.next();
        continue;
      }
      if (after === T.RBrack) continue;
      if (after === T.EOF || after === T.RBrace || after === T.RParen || this.unwinding) break;
      this.errorAtToken('Missing item separator', 'Expected a comma to mark the beginning of the next item.');
      const r = this.recover(T.RBrack, false);
      if (r.found) close = r.end;
      break;
    }
    if (close < 0 && !this.unwinding) {
      this.error(open, open + 1, 'Unterminated tuple constructor expression', 'There is no corresponding closing bracket before the end of the expression. This may be caused by incorrect bracket nesting elsewhere in this file.');
    }
    this.nesting--;
    this.depth--;
    this.popNl();
    const last = items[items.length - 1];
    return { kind: 'tuple', items, start: open, end: close >= 0 ? close : Math.max(last ? last.end : open + 1, open + 1) };
  }

  private parseObject(): Expression {
    const open = this.tokStart;
    this.next();
    if (this.depth >= MAX_DEPTH) return this.skipTooDeep(open);
    this.pushNl(false);
    const isFor = this.isKeyword('for');
    this.popNl();
    if (isFor) {
      this.pushNl(false);
      const f = this.parseFor(open, true);
      this.popNl();
      return f;
    }
    this.depth++;
    this.nesting++;
    this.pushNl(true);
    const items: ObjectItem[] = [];
    let close = -1;
    for (;;) {
      const k = this.peek();
      if (k === T.Newline) {
        this.next();
        continue;
      }
      if (k === T.RBrace) {
        close = this.tokEnd;
        this.next();
        break;
      }
      if (k === T.EOF || k === T.RBrack || k === T.RParen || this.unwinding) break;
      if (this.atTopLevelHeader()) {
        this.unwinding = true;
        break;
      }
      const key = this.parseExpression();
      const sep = this.peek();
      if (sep !== T.Equal && sep !== T.Colon) {
        if (this.unwinding) break;
        if (sep === T.Newline || sep === T.Comma) {
          this.errorAtToken('Missing attribute value', 'Expected an attribute value, introduced by an equals sign ("=").');
        } else if (sep === T.EOF || sep === T.RBrack || sep === T.RParen) {
          break;
        } else {
          this.errorAtToken('Missing key/value separator', 'Expected an equals sign ("=") to mark the beginning of the attribute value.');
        }
        this.recover(-1, true);
        continue;
      }
      this.next();
      const value = this.parseExpression();
      items.push({ key, value, start: key.start, end: Math.max(value.end, key.end) });
      const after = this.peek();
      if (after === T.Comma || after === T.Newline) {
        this.next();
        continue;
      }
      if (after === T.RBrace) continue;
      if (after === T.EOF || after === T.RBrack || after === T.RParen || this.unwinding) break;
      this.errorAtToken('Missing attribute separator', 'Expected a newline or comma to mark the beginning of the next attribute.');
      this.recover(-1, true);
    }
    if (close < 0 && !this.unwinding) {
      this.error(open, open + 1, 'Unterminated object constructor expression', 'There is no corresponding closing brace before the end of the expression. This may be caused by incorrect brace nesting elsewhere in this file.');
    }
    this.popNl();
    this.nesting--;
    this.depth--;
    const last = items[items.length - 1];
    return { kind: 'object', items, start: open, end: close >= 0 ? close : Math.max(last ? last.end : open + 1, open + 1) };
  }

  /** `for` after `[` or `{`; newlines are already off. Consumes through the closing bracket. */
  private parseFor(open: number, object: boolean): Expression {
    const closeKind = object ? T.RBrace : T.RBrack;
    this.next(); // 'for'
    this.depth++;
    this.nesting++;
    const fail = (detail: string): Expression => {
      if (!this.unwinding) {
        this.errorAtToken("Invalid 'for' expression", detail);
        const end = this.recover(closeKind, false).end;
        this.nesting--;
        this.depth--;
        return { kind: 'invalid', start: open, end: Math.max(end, open + 1) };
      }
      this.nesting--;
      this.depth--;
      return { kind: 'invalid', start: open, end: open + 1 };
    };
    if (this.peek() !== T.Ident) return fail("For expression requires variable name after 'for'.");
    let valVar: Identifier = { name: this.tokText(), start: this.tokStart, end: this.tokEnd };
    let keyVar: Identifier | undefined;
    this.next();
    if (this.peek() === T.Comma) {
      this.next();
      if (this.peek() !== T.Ident) return fail('For expression requires value variable name after comma.');
      keyVar = valVar;
      valVar = { name: this.tokText(), start: this.tokStart, end: this.tokEnd };
      this.next();
    }
    if (!this.isKeyword('in')) return fail("For expression requires the 'in' keyword after its name declarations.");
    this.next();
    const coll = this.parseExpression();
    if (this.peek() !== T.Colon) return fail('For expression requires a colon after the collection expression.');
    this.next();
    let keyExpr: Expression | undefined;
    let valExpr = this.parseExpression();
    if (this.peek() === T.Arrow) {
      this.next();
      keyExpr = valExpr;
      valExpr = this.parseExpression();
    }
    let group = false;
    if (this.peek() === T.Ellipsis) {
      group = true;
      this.next();
    }
    let cond: Expression | undefined;
    if (this.isKeyword('if')) {
      this.next();
      cond = this.parseExpression();
    }
    let close: number;
    if (this.peek() === closeKind) {
      close = this.tokEnd;
      this.next();
    } else {
      if (this.unwinding) return fail('');
      this.errorAtToken("Invalid 'for' expression", "Extra characters after the end of the 'for' expression.");
      close = Math.max(this.recover(closeKind, false).end, open + 1);
    }
    if (!object && keyExpr) this.error(keyExpr.start, keyExpr.end, "Invalid 'for' expression", 'Key expression is not valid when building a tuple.');
    if (!object && group) this.error(open, close, "Invalid 'for' expression", 'Grouping ellipsis (...) cannot be used when building a tuple.');
    if (object && !keyExpr) this.error(valExpr.start, valExpr.end, "Invalid 'for' expression", 'Key expression is required when building an object.');
    this.nesting--;
    this.depth--;
    const node = { kind: 'for' as const, object, valVar, coll, valExpr, group, start: open, end: close };
    return { ...node, ...(keyVar ? { keyVar } : {}), ...(keyExpr ? { keyExpr } : {}), ...(cond ? { cond } : {}) };
  }

  /** Attribute access, indexing and splats after a primary expression. */
  private parsePostfix(expr: Expression): Expression {
    let ret = expr;
    for (;;) {
      const k = this.peek();
      if (k === T.Dot) {
        const dot = this.tokStart;
        this.next();
        const a = this.peek();
        if (a === T.Ident) {
          ret = { kind: 'get-attr', object: ret, name: { name: this.tokText(), start: this.tokStart, end: this.tokEnd }, start: ret.start, end: this.tokEnd };
          this.next();
        } else if (a === T.Number) {
          ret = this.legacyIndexes(ret);
        } else if (a === T.Star) {
          const starEnd = this.tokEnd;
          this.next();
          const item: Expression = { kind: 'splat-item', start: dot, end: starEnd };
          let each: Expression = item;
          while (this.peek() === T.Dot) {
            this.next();
            const b = this.peek();
            if (b === T.Ident) {
              each = { kind: 'get-attr', object: each, name: { name: this.tokText(), start: this.tokStart, end: this.tokEnd }, start: each.start, end: this.tokEnd };
              this.next();
            } else if (b === T.Number) {
              each = this.legacyIndexes(each);
            } else {
              if (b === T.Star) this.errorAtToken('Nested splat expression not allowed', 'A splat expression (*) cannot be used inside another attribute-only splat expression.');
              else this.errorAtToken('Invalid attribute name', 'An attribute name is required after a dot.');
              break;
            }
          }
          ret = { kind: 'splat', source: ret, each, full: false, start: ret.start, end: Math.max(each.end, starEnd) };
        } else {
          this.errorAtToken('Invalid attribute name', 'An attribute name is required after a dot.');
          return ret;
        }
      } else if (k === T.LBrack) {
        const open = this.tokStart;
        this.next();
        this.pushNl(false);
        if (this.peek() === T.Star) {
          const starEnd = this.tokEnd;
          this.next();
          let close = starEnd;
          if (this.peek() === T.RBrack) {
            close = this.tokEnd;
            this.next();
          } else {
            this.errorAtToken('Missing close bracket on splat index', 'The star for a full splat operator must be immediately followed by a closing bracket ("]").');
          }
          this.popNl();
          if (this.depth >= MAX_DEPTH) return this.skipTooDeep(open);
          this.depth++;
          const item: Expression = { kind: 'splat-item', start: open, end: close };
          const each = this.parsePostfix(item);
          this.depth--;
          return { kind: 'splat', source: ret, each, full: true, start: ret.start, end: Math.max(each.end, close) };
        }
        this.nesting++;
        const key = this.parseExpression();
        let close: number;
        if (this.peek() === T.RBrack) {
          close = this.tokEnd;
          this.next();
        } else {
          if (!this.unwinding) {
            this.errorAtToken('Missing close bracket on index', 'The index operator must end with a closing bracket ("]").');
            close = Math.max(this.recover(T.RBrack, false).end, key.end);
          } else close = key.end;
        }
        this.nesting--;
        this.popNl();
        ret = { kind: 'index', object: ret, key, start: ret.start, end: close };
        if (this.unwinding) return ret;
      } else {
        return ret;
      }
    }
  }

  /** `.0` or `.0.1` (scanned as one number): legacy index steps. The number token is current. */
  private legacyIndexes(object: Expression): Expression {
    const raw = this.tokText();
    let at = this.tokStart;
    let ret = object;
    for (const part of raw.split('.')) {
      if (!/^\d+$/.test(part)) {
        this.error(at, at + part.length, 'Invalid legacy index syntax', 'When using the legacy index syntax, chaining two indexes together is allowed only with whole numbers.');
        break;
      }
      const key: Expression = { kind: 'literal', value: Number(part), raw: part, start: at, end: at + part.length };
      ret = { kind: 'index', object: ret, key, legacy: true, start: ret.start, end: at + part.length };
      at += part.length + 1;
    }
    this.next();
    return ret;
  }

  // ---- templates ----

  /** A quoted template; the opening quote at `start` is consumed. */
  parseQuotedTemplate(start: number): TemplateExpr {
    // most strings are plain: one literal, no escapes, no sequences
    const from = this.sc.pos;
    const close = this.text.indexOf('"', from);
    if (close >= 0) {
      const raw = this.text.slice(from, close);
      if (!PLAIN_STRING_BREAKERS.test(raw)) {
        this.seek(close + 1);
        const parts: TemplatePart[] = raw.length ? [{ kind: 'template-literal', value: raw, start: from, end: close }] : [];
        return { kind: 'template', parts, start, end: close + 1 };
      }
    }
    const flat: FlatPart[] = [];
    const end = this.scanTemplate(flat, 'quoted');
    const parts = this.nestTemplate(flat);
    return { kind: 'template', parts, start, end };
  }

  /** A heredoc; the `<<` at `start` is consumed (the scanner stopped right after it). */
  private parseHeredoc(start: number): Expression {
    const h = this.readHeredocHeader(start);
    if (!h) {
      this.error(start, start + 2, 'Invalid heredoc', 'A heredoc starts with "<<" or "<<-", an identifier naming its end marker, and a newline.');
      return { kind: 'invalid', start, end: start + 2 };
    }
    this.seek(h.bodyStart);
    const flat: FlatPart[] = [];
    const end = this.scanTemplate(flat, h.marker);
    if (h.flush) flushHeredoc(flat);
    const parts = this.nestTemplate(flat);
    return { kind: 'template', parts, heredoc: { marker: h.marker, flush: h.flush }, start, end };
  }

  private readHeredocHeader(start: number): { marker: string; flush: boolean; bodyStart: number } | null {
    const text = this.text;
    let i = start + 2;
    const flush = text.charCodeAt(i) === 45;
    if (flush) i++;
    if (!isIdentStart(text, i)) return null;
    const markerEnd = scanIdentEnd(text, i);
    const c = text.charCodeAt(markerEnd);
    let bodyStart: number;
    if (c === 10) bodyStart = markerEnd + 1;
    else if (c === 13 && text.charCodeAt(markerEnd + 1) === 10) bodyStart = markerEnd + 2;
    else if (c === 13) bodyStart = markerEnd + 1;
    else return null;
    return { marker: text.slice(i, markerEnd), flush, bodyStart };
  }

  /** Where the line holding only `marker` (after optional spaces) starts and ends, or EOF. */
  private findHeredocEnd(from: number, marker: string): { start: number; end: number; found: boolean } {
    const text = this.text;
    let line = from;
    while (line < text.length) {
      const m = this.markerLineEnd(line, marker);
      if (m >= 0) return { start: line, end: m, found: true };
      const nl = nextLineStart(text, line);
      if (nl === line) break;
      line = nl;
    }
    return { start: text.length, end: text.length, found: false };
  }

  /** If the line starting at `line` is the heredoc's closing marker, the offset after the marker; else -1. */
  private markerLineEnd(line: number, marker: string): number {
    const text = this.text;
    let i = line;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    if (!text.startsWith(marker, i)) return -1;
    const e = i + marker.length;
    let j = e;
    while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
    // as in HCL, the marker line must end with a newline: a marker at the very end of the file does not count
    const c = text.charCodeAt(j);
    if (c === 10 || (c === 13 && text.charCodeAt(j + 1) === 10)) return e;
    return -1;
  }

  /**
   * Scans template content at the scanner's position into flat parts until the closing quote
   * (mode 'quoted'), the heredoc end marker (mode = the marker), or EOF (mode '' for a standalone
   * template). Leaves the scanner after the terminator; returns the template's end offset.
   */
  private scanTemplate(flat: FlatPart[], mode: string): number {
    const text = this.text;
    const n = text.length;
    const quoted = mode === 'quoted';
    const heredoc = !quoted && mode !== '';
    let i = this.sc.pos;
    let lit = '';
    let litStart = i;
    let trimNext = false;
    let atLineStart = heredoc;
    const flushLit = (end: number): void => {
      if (end > litStart || lit.length > 0) {
        let value = lit;
        if (trimNext) {
          value = value.replace(WHITESPACE_START, '');
          trimNext = false;
        }
        flat.push({ t: 'lit', value, start: litStart, end });
      }
      lit = '';
    };
    for (;;) {
      if (atLineStart) {
        atLineStart = false;
        const m = this.markerLineEnd(i, mode);
        if (m >= 0) {
          flushLit(i);
          this.seek(m);
          return m;
        }
      }
      if (i >= n) {
        flushLit(i);
        if (quoted) this.error(i, i, 'Unterminated template string', 'No closing marker was found for the string.');
        else if (heredoc) this.error(i, i, 'Unterminated template string', `No closing marker "${mode}" was found for this heredoc before the end of the file.`);
        this.seek(n);
        return n;
      }
      const c = text.charCodeAt(i);
      if (quoted && c === 34) {
        flushLit(i);
        this.seek(i + 1);
        return i + 1;
      }
      if (quoted && (c === 10 || c === 13)) {
        flushLit(i);
        this.error(i, i, 'Unterminated template string', 'No closing quote was found before the end of the line: a quoted string cannot span lines (use a heredoc, or "\\n" for a newline).');
        this.seek(i);
        return i;
      }
      if (c === 13 && text.charCodeAt(i + 1) !== 10) {
        this.error(i, i + 1, 'Invalid character', 'A carriage return not followed by a line feed is not used within the language.');
        lit += '\r';
        i++;
        continue;
      }
      if (c === 10 || c === 13) {
        // heredoc and standalone literals break after each line, as HCL's scanner does
        const e = c === 13 ? i + 2 : i + 1;
        lit += text.slice(i, e);
        i = e;
        flushLit(i);
        litStart = i;
        atLineStart = heredoc;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === 123) {
        // `${` or `%{`, unless escaped by doubling
        flushLit(i);
        const open = i;
        i = c === 36 ? this.scanInterpolation(flat, open) : this.scanDirective(flat, open);
        if (i < 0) {
          // unrecoverable sequence: the template ends here
          const e = this.sc.pos;
          return e;
        }
        if (flat.length && (flat[flat.length - 1] as { stripRight?: boolean }).stripRight) trimNext = true;
        litStart = i;
        continue;
      }
      if ((c === 36 || c === 37) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === 123) {
        lit += c === 36 ? '${' : '%{';
        i += 3;
        continue;
      }
      if (quoted && c === 92) {
        i = this.scanEscape(i, (s) => (lit += s));
        continue;
      }
      // a run of ordinary characters
      let j = i + 1;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 10 || d === 13 || d === 36 || d === 37 || (quoted && (d === 34 || d === 92))) break;
        j++;
      }
      lit += text.slice(i, j);
      i = j;
    }
  }

  /** Decodes the escape at `i` (a backslash) in a quoted string; returns the offset after it. */
  private scanEscape(i: number, emit: (s: string) => void): number {
    const text = this.text;
    const c = text.charCodeAt(i + 1);
    switch (c) {
      case 110:
        emit('\n');
        return i + 2;
      case 114:
        emit('\r');
        return i + 2;
      case 116:
        emit('\t');
        return i + 2;
      case 34:
        emit('"');
        return i + 2;
      case 92:
        emit('\\');
        return i + 2;
      case 117:
      case 85: {
        const len = c === 117 ? 4 : 8;
        const hex = text.slice(i + 2, i + 2 + len);
        if (hex.length === len && /^[0-9a-fA-F]+$/.test(hex)) {
          const cp = parseInt(hex, 16);
          if (cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
            emit(String.fromCodePoint(cp));
            return i + 2 + len;
          }
          this.error(i, i + 2 + len, 'Invalid escape sequence', `Cannot encode character U+${hex.toUpperCase()} in UTF-8.`);
          return i + 2 + len;
        }
        this.error(i, i + 2, 'Invalid escape sequence', `The \\${String.fromCharCode(c)} escape sequence must be followed by ${len === 4 ? 'four' : 'eight'} hexadecimal digits.`);
        emit(String.fromCharCode(c));
        return i + 2;
      }
    }
    if (Number.isNaN(c) || c === 10 || c === 13) {
      this.error(i, i + 1, 'Invalid escape sequence', 'Backslash must be followed by an escape sequence selector character.');
      return i + 1;
    }
    const ch = String.fromCodePoint(text.codePointAt(i + 1)!);
    this.error(i, i + 1 + ch.length, 'Invalid escape sequence', `The symbol "${ch}" is not a valid escape sequence selector.`);
    emit(ch);
    return i + 1 + ch.length;
  }

  /** `${ expr }` at `open`; returns the offset after `}`, or -1 if the template cannot continue. */
  private scanInterpolation(flat: FlatPart[], open: number): number {
    let i = open + 2;
    if (this.text.charCodeAt(i) === 126) {
      i++;
      const prev = flat[flat.length - 1];
      if (prev?.t === 'lit') prev.value = prev.value.replace(WHITESPACE_END, '');
    }
    this.seek(i);
    this.pushNl(false);
    this.nesting++;
    const expr = this.parseExpression();
    const close = this.closeSequence();
    this.nesting--;
    this.popNl();
    if (close.end < 0) {
      this.error(open, open + 2, 'Unclosed template interpolation', 'Expected a closing brace "}" to end this interpolation sequence.');
      flat.push({ t: 'interp', expr, start: open, end: expr.end });
      return -1;
    }
    const part = { t: 'interp' as const, expr, start: open, end: close.end, stripRight: close.strip };
    flat.push(part);
    return close.end;
  }

  /** Reads `~}` or `}` ending a template sequence; consumes it. end -1 when missing. */
  private closeSequence(): { end: number; strip: boolean } {
    let k = this.peek();
    let strip = false;
    if (k === T.Tilde) {
      strip = true;
      this.next();
      k = this.peek();
    }
    if (k === T.RBrace) {
      const end = this.tokEnd;
      this.next();
      this.seek(end);
      return { end, strip };
    }
    if (!this.unwinding) this.errorAtToken('Extra characters in template sequence', `Expected "}" to end the template sequence, but found ${this.describe(k)}.`);
    return { end: -1, strip };
  }

  /** `%{ if/else/endif/for/endfor }` at `open`; returns the offset after `}`, or -1. */
  private scanDirective(flat: FlatPart[], open: number): number {
    let i = open + 2;
    if (this.text.charCodeAt(i) === 126) {
      i++;
      const prev = flat[flat.length - 1];
      if (prev?.t === 'lit') prev.value = prev.value.replace(WHITESPACE_END, '');
    }
    this.seek(i);
    this.pushNl(false);
    this.nesting++;
    const done = (part: FlatPart | null): number => {
      const close = this.closeSequence();
      this.nesting--;
      this.popNl();
      if (close.end < 0) {
        this.error(open, open + 2, 'Unclosed template directive', 'Expected a closing brace "}" to end this template directive.');
        return -1;
      }
      if (part) {
        part.end = close.end;
        (part as { stripRight?: boolean }).stripRight = close.strip;
        flat.push(part);
      }
      return close.end;
    };
    if (this.peek() !== T.Ident) {
      this.errorAtToken('Invalid template directive', 'A template directive keyword ("if", "for", etc) is expected at the beginning of a %{ sequence.');
      return done(null);
    }
    const word = this.tokText();
    this.next();
    switch (word) {
      case 'if': {
        const cond = this.parseExpression();
        return done({ t: 'if', cond, start: open, end: open });
      }
      case 'else':
        return done({ t: 'else', start: open, end: open });
      case 'endif':
        return done({ t: 'endif', start: open, end: open });
      case 'endfor':
        return done({ t: 'endfor', start: open, end: open });
      case 'for': {
        if (this.peek() !== T.Ident) {
          this.errorAtToken('Invalid template directive', 'A "for" directive requires a variable name after "for".');
          return done(null);
        }
        let valVar: Identifier = { name: this.tokText(), start: this.tokStart, end: this.tokEnd };
        let keyVar: Identifier | undefined;
        this.next();
        if (this.peek() === T.Comma) {
          this.next();
          if (this.peek() !== T.Ident) {
            this.errorAtToken('Invalid template directive', 'A "for" directive requires a value variable name after the comma.');
            return done(null);
          }
          keyVar = valVar;
          valVar = { name: this.tokText(), start: this.tokStart, end: this.tokEnd };
          this.next();
        }
        if (!this.isKeyword('in')) {
          this.errorAtToken('Invalid template directive', 'A "for" directive requires the "in" keyword after its variable names.');
          return done(null);
        }
        this.next();
        const coll = this.parseExpression();
        return done({ t: 'for', ...(keyVar ? { keyVar } : {}), valVar, coll, start: open, end: open });
      }
    }
    this.error(open, this.tokStart, 'Invalid template directive', `"${word}" is not a template directive keyword: use if, else, endif, for or endfor.`);
    return done(null);
  }

  /** Nests if/for directives, merges adjacent literals, reports unbalanced directives. */
  private nestTemplate(flat: FlatPart[]): TemplatePart[] {
    let at = 0;
    const parseSeq = (until: ReadonlySet<string>): { parts: TemplatePart[]; stop?: FlatPart } => {
      const parts: TemplatePart[] = [];
      while (at < flat.length) {
        const p = flat[at]!;
        if (until.has(p.t)) {
          at++;
          return { parts, stop: p };
        }
        at++;
        switch (p.t) {
          case 'lit': {
            const prev = parts[parts.length - 1];
            if (prev?.kind === 'template-literal') {
              parts[parts.length - 1] = { kind: 'template-literal', value: prev.value + p.value, start: prev.start, end: p.end };
            } else parts.push({ kind: 'template-literal', value: p.value, start: p.start, end: p.end });
            break;
          }
          case 'interp':
            parts.push({ kind: 'interpolation', expr: p.expr, start: p.start, end: p.end });
            break;
          case 'if': {
            const then = parseSeq(ELSE_OR_ENDIF);
            let els: TemplatePart[] | undefined;
            let stop = then.stop;
            if (stop?.t === 'else') {
              const e = parseSeq(ENDIF);
              els = e.parts;
              stop = e.stop;
            }
            if (!stop) this.error(p.start, p.end, 'Unterminated template directive', 'This "if" directive has no matching "endif".');
            const end = stop ? stop.end : p.end;
            parts.push({ kind: 'template-if', cond: p.cond, then: then.parts, ...(els ? { else: els } : {}), start: p.start, end });
            break;
          }
          case 'for': {
            const body = parseSeq(ENDFOR);
            if (!body.stop) this.error(p.start, p.end, 'Unterminated template directive', 'This "for" directive has no matching "endfor".');
            const end = body.stop ? body.stop.end : p.end;
            parts.push({ kind: 'template-for', ...(p.keyVar ? { keyVar: p.keyVar } : {}), valVar: p.valVar, coll: p.coll, body: body.parts, start: p.start, end });
            break;
          }
          default:
            this.error(p.start, p.end, 'Unexpected template directive', `This "${p.t}" has no matching opening directive.`);
        }
      }
      return { parts };
    };
    const out: TemplatePart[] = [];
    while (at < flat.length) for (const p of parseSeq(NOTHING).parts) out.push(p);
    return out;
  }

  /** The whole remaining text as a template (templatefile contents, JSON strings). */
  parseStandaloneTemplate(start: number): TemplateExpr {
    const flat: FlatPart[] = [];
    this.seek(start);
    const end = this.scanTemplate(flat, '');
    return { kind: 'template', parts: this.nestTemplate(flat), start, end };
  }

  /** The whole text as one expression; anything after it is an error. */
  parseStandaloneExpression(): Expression {
    this.pushNl(false);
    const expr = this.parseExpression();
    if (this.peek() !== T.EOF) this.errorAtToken('Extra characters after expression', `Expected the end of the expression, but found ${this.describe(this.peek())}.`);
    this.popNl();
    return expr;
  }

  hasProblems(): boolean {
    return this.errors.length > 0 || this.sc.unterminatedComments.length > 0;
  }

  diagnostics(path: string, lines: LineIndex, base = 0): Diagnostic[] {
    for (const at of this.sc.unterminatedComments) {
      this.errors.push({ start: at, end: at + 2, summary: 'Unterminated comment', detail: 'This block comment has no closing "*/" before the end of the file.' });
    }
    return this.errors.map((e) => ({
      severity: 'error' as const,
      summary: e.summary,
      detail: e.detail,
      file: path,
      range: lines.range(base + e.start, base + Math.max(e.start, e.end)),
      ...(e.related ? { related: [{ file: path, range: lines.range(base + e.related.start, base + e.related.end), message: e.related.message }] } : {}),
    }));
  }
}

const NOTHING: ReadonlySet<string> = new Set();

/** An attribute of that name before the last item, by a scan (small bodies) or the map (large ones). */
function findEarlierAttribute(items: readonly BodyItem[], name: string, seen: Map<string, Identifier> | undefined): Identifier | undefined {
  if (seen) return seen.get(name);
  for (let i = items.length - 2; i >= 0; i--) {
    const it = items[i]!;
    if (it.kind === 'attribute' && it.name.name === name) return it.name;
  }
  return undefined;
}
const ELSE_OR_ENDIF: ReadonlySet<string> = new Set(['else', 'endif']);
const ENDIF: ReadonlySet<string> = new Set(['endif']);
const ENDFOR: ReadonlySet<string> = new Set(['endfor']);

function nextLineStart(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    i++;
  }
  return n;
}

/**
 * `<<-` heredocs: remove the smallest indentation found at the start of any line from every line,
 * as HCL does. Lines of only whitespace do not count; a line starting with an interpolation counts
 * as indentation 0. Indentation is counted in characters.
 */
function flushHeredoc(flat: FlatPart[]): void {
  let min = Infinity;
  let newline = true;
  const adjust: Extract<FlatPart, { t: 'lit' }>[] = [];
  for (const p of flat) {
    if (newline) {
      newline = false;
      if (p.t === 'lit') {
        const trimmed = p.value.replace(WHITESPACE_START, '');
        if (trimmed.length === 0 && p.value.endsWith('\n')) {
          // blank line: no say in the indentation
        } else {
          const spaces = [...p.value.slice(0, p.value.length - trimmed.length)].length;
          if (spaces < min) min = spaces;
          adjust.push(p);
        }
      } else min = 0;
    }
    if (p.t === 'lit' && p.value.endsWith('\n')) newline = true;
  }
  if (min === Infinity || min === 0) return;
  for (const p of adjust) {
    const chars = [...p.value];
    p.value = chars.slice(min).join('');
  }
}

/** Parses a native-syntax HCL file (`.tf`, `.tfvars`, `.hcl`). Never throws. */
export function parseHcl(text: string, path: string): HclFile {
  const p = new Parser(text);
  let body: Body;
  try {
    body = p.parseFileBody();
  } catch (e) {
    // a bug in the parser must not take the editor down with it: report it as a diagnostic
    body = { kind: 'body', items: [], start: 0, end: text.length };
    p.errors.push({ start: 0, end: 0, summary: 'Internal parser error', detail: String(e instanceof Error ? e.message : e) });
  }
  // the line index is built only when someone asks for a position
  let lines: LineIndex | undefined;
  const lineIndex = (): LineIndex => (lines ??= new LineIndex(text));
  const diagnostics = p.hasProblems() ? p.diagnostics(path, lineIndex()) : [];
  return {
    path,
    text,
    syntax: 'native',
    body,
    comments: p.comments,
    diagnostics,
    get lines() {
      return lineIndex();
    },
  };
}

/**
 * Parses `text` as a template body (as `templatefile` reads a file): `${}` and `%{}` sequences, no
 * backslash escapes. Node offsets are offsets into `text` plus `base`; pass the enclosing file's
 * `lines` (with `base`) to get diagnostics positioned in that file rather than in `text`.
 */
export function parseTemplateText(
  text: string,
  path: string,
  base = 0,
  lines?: LineIndex,
): { template: TemplateExpr; diagnostics: Diagnostic[] } {
  const p = new Parser(text);
  let template: TemplateExpr;
  try {
    template = p.parseStandaloneTemplate(0);
  } catch (e) {
    template = { kind: 'template', parts: [], start: 0, end: text.length };
    p.errors.push({ start: 0, end: 0, summary: 'Internal parser error', detail: String(e instanceof Error ? e.message : e) });
  }
  return { template: base ? shiftSpans(template, base) : template, diagnostics: p.diagnostics(path, lines ?? new LineIndex(text), lines ? base : 0) };
}

/** Parses `text` as one expression (Terraform's JSON syntax uses this for some string values). */
export function parseExpressionText(
  text: string,
  path: string,
  base = 0,
  lines?: LineIndex,
): { expr: Expression; diagnostics: Diagnostic[] } {
  // a heredoc's end marker needs a newline after it; an expression given alone may not end with one
  const p = new Parser(text.endsWith('\n') ? text : text + '\n');
  let expr: Expression;
  try {
    expr = p.parseStandaloneExpression();
  } catch (e) {
    expr = { kind: 'invalid', start: 0, end: text.length };
    p.errors.push({ start: 0, end: 0, summary: 'Internal parser error', detail: String(e instanceof Error ? e.message : e) });
  }
  return { expr: base ? shiftSpans(expr, base) : expr, diagnostics: p.diagnostics(path, lines ?? new LineIndex(text), lines ? base : 0) };
}

/** A deep copy of a syntax subtree with every offset moved by `delta`. */
export function shiftSpans<N extends Span>(node: N, delta: number): N {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) {
        out[k] = (k === 'start' || k === 'end') && typeof x === 'number' ? x + delta : walk(x);
      }
      return out;
    }
    return v;
  };
  return walk(node) as N;
}
