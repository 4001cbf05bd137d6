/**
 * How a file is laid out, as the edit helpers need to know it: its line break, its indentation
 * unit, where lines start and end, how far an item reaches once its trailing comments are counted,
 * and how to re-indent a snippet so it reads as if the file's author had typed it.
 * Private to src/hcl: the edit helpers (edits.ts) are the public face.
 */
import type { Block, Body, BodyItem, HclFile } from './ast';

/** The file's conventions, detected once per parsed file. */
export interface FileLayout {
  /** The first line break in the file; `\n` for a file without one. */
  readonly eol: string;
  /** One level of indentation: `\t` or some spaces; two spaces when nothing shows. */
  readonly unit: string;
}

const layouts = new WeakMap<HclFile, FileLayout>();

/**
 * Detects the line break and indentation unit a file already uses. A parsed file never changes,
 * so its layout is detected once: the policy engine builds many fixes in one large file.
 */
export function detectLayout(file: HclFile): FileLayout {
  let layout = layouts.get(file);
  if (!layout) {
    layout = { eol: detectEol(file.text), unit: detectIndentUnit(file) };
    layouts.set(file, layout);
  }
  return layout;
}

function detectEol(text: string): string {
  const lf = text.indexOf('\n');
  if (lf > 0 && text.charCodeAt(lf - 1) === 13) return '\r\n';
  if (lf >= 0) return '\n';
  return text.includes('\r') ? '\r' : '\n';
}

/**
 * The most common step between a block's indentation and its items' indentation; failing that
 * (only one-line blocks, a tfvars file), the smallest indentation of any line; failing that, two
 * spaces as `terraform fmt` writes.
 */
function detectIndentUnit(file: HclFile): string {
  const votes = new Map<string, number>();
  const visit = (block: Block): void => {
    const outer = indentAt(file.text, block.start);
    for (const item of block.body.items) {
      if (startsLine(file.text, item.start)) {
        const inner = indentAt(file.text, item.start);
        if (inner.length > outer.length && inner.startsWith(outer)) {
          const step = inner.slice(outer.length);
          votes.set(step, (votes.get(step) ?? 0) + 1);
        }
      }
      if (item.kind === 'block') visit(item);
    }
  };
  for (const item of file.body.items) if (item.kind === 'block') visit(item);
  let best = '';
  let bestCount = 0;
  for (const [step, count] of votes) {
    if (count > bestCount) {
      best = step;
      bestCount = count;
    }
  }
  if (best) return best.includes('\t') ? '\t' : best;
  let minSpaces = Infinity;
  for (const m of file.text.matchAll(/^([ \t]+)\S/gm)) {
    const ws = m[1]!;
    if (ws.startsWith('\t')) return '\t';
    minSpaces = Math.min(minSpaces, ws.length);
  }
  return minSpaces <= 8 ? ' '.repeat(minSpaces) : '  ';
}

const isBreak = (c: number): boolean => c === 10 || c === 13;
const isBlank = (c: number): boolean => c === 32 || c === 9;

/** Offset of the start of the line holding `offset`. */
export function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Offset of the start of the line before the one starting at `lineStart` (which must be > 0). */
export function previousLineStart(text: string, lineStart: number): number {
  let i = lineStart;
  if (i > 0 && text.charCodeAt(i - 1) === 10) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 13) i--;
  return lineStartOf(text, i);
}

/** Offset just past the line break that ends the line holding `offset`, or the text's length. */
export function nextLineStart(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  return i + breakLength(text, i);
}

/** Length of the line break at `offset`: 2 for CRLF, 1 for LF or CR, 0 if none. */
export function breakLength(text: string, offset: number): number {
  const c = text.charCodeAt(offset);
  if (c === 13) return text.charCodeAt(offset + 1) === 10 ? 2 : 1;
  return c === 10 ? 1 : 0;
}

/** The spaces and tabs that begin the line holding `offset`. */
export function indentAt(text: string, offset: number): string {
  const start = lineStartOf(text, offset);
  let i = start;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return text.slice(start, i);
}

/** True when only spaces and tabs precede `offset` on its line. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStartOf(text, offset), offset));
}

/** True when [start, end) holds nothing but spaces, tabs and line breaks. */
export function isWhitespace(text: string, start: number, end: number): boolean {
  return /^[ \t\r\n]*$/.test(text.slice(start, end));
}

/** Moves back from `offset` over spaces and tabs. */
export function skipBlanksBack(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Moves forward from `offset` over spaces and tabs. */
export function skipBlanks(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Where an item really ends on its last line: after any comments that follow it on that line, but
 * before the line break. Comment and item spans may or may not include a `#`/`//` comment's line
 * break depending on the parser's convention; both are handled.
 */
export function itemEnd(file: HclFile, item: BodyItem | Block): number {
  const text = file.text;
  let end = withoutBreak(text, item.end);
  // comments come in source order; the first one not continuing the line ends the search
  for (const c of file.comments) {
    if (c.start < end) continue;
    if (!/^[ \t]*$/.test(text.slice(end, c.start))) break;
    end = withoutBreak(text, c.end);
  }
  return end;
}

function withoutBreak(text: string, end: number): number {
  let e = end;
  if (e > 0 && text.charCodeAt(e - 1) === 10) e--;
  if (e > 0 && text.charCodeAt(e - 1) === 13) e--;
  return e;
}

const HEREDOC_OPEN = /<<-?([A-Za-z_][A-Za-z0-9_-]*)[ \t]*$/;

/**
 * Calls `each` for every line of a snippet (split on any line break), telling it whether the line
 * is heredoc content or a heredoc's closing marker: such lines are the string's value and must not
 * be re-indented. Lines are recognised by text, not parsed; a comment ending in `<<WORD` fools it.
 */
function mapLines(text: string, each: (line: string, index: number, verbatim: boolean) => string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  let marker: string | undefined;
  return lines.map((line, index) => {
    if (marker !== undefined) {
      if (line.trim() === marker) marker = undefined;
      return each(line, index, true);
    }
    const out = each(line, index, false);
    const open = HEREDOC_OPEN.exec(line);
    if (open) marker = open[1];
    return out;
  });
}

/**
 * Re-expresses a snippet written with its own indentation unit (whatever its smallest indent is)
 * in `unit`, keeping each line's nesting level. The first line is left alone: it continues a line
 * of the file. Heredoc content is left alone: it is a value.
 */
export function convertIndentUnit(snippet: string, unit: string): string {
  let from = '';
  mapLines(snippet, (line, index, verbatim) => {
    if (index === 0 || verbatim) return line;
    const ws = /^[ \t]*/.exec(line)![0];
    if (ws.length === 0 || ws.length === line.length) return line;
    if (ws.startsWith('\t')) from = '\t';
    else if (from !== '\t' && (from === '' || ws.length < from.length)) from = ' '.repeat(ws.length);
    return line;
  });
  if (from === '' || from === unit) return snippet;
  const eol = detectSnippetEol(snippet);
  return mapLines(snippet, (line, index, verbatim) => {
    if (index === 0 || verbatim) return line;
    const ws = /^[ \t]*/.exec(line)![0];
    let levels: number;
    let rest: number;
    if (from === '\t') {
      levels = ws.length - ws.replace(/\t/g, '').length;
      rest = ws.length - levels;
    } else {
      const spaces = ws.replace(/\t/g, from).length;
      levels = Math.floor(spaces / from.length);
      rest = spaces % from.length;
    }
    return unit.repeat(levels) + ' '.repeat(rest) + line.slice(ws.length);
  }).join(eol);
}

function detectSnippetEol(snippet: string): string {
  const m = /\r\n|\r|\n/.exec(snippet);
  return m ? m[0] : '\n';
}

/**
 * Places a snippet at indentation `base` with line breaks `eol`: every line but the first gets
 * `base` in front (the first continues a line the caller already indented), except empty lines
 * (no trailing whitespace) and heredoc content (its value would change).
 */
export function indentSnippet(snippet: string, base: string, eol: string): string {
  return mapLines(snippet, (line, index, verbatim) =>
    index === 0 || verbatim || line.length === 0 ? line : base + line,
  ).join(eol);
}

/** The block that owns a body; none for the file's top level. Throws for a body of another tree. */
export function ownerOf(file: HclFile, target: Body | Block): { readonly body: Body; readonly block?: Block } {
  if (target.kind === 'block') return { body: target.body, block: target };
  if (target === file.body) return { body: target };
  const find = (body: Body): Block | undefined => {
    for (const item of body.items) {
      if (item.kind !== 'block') continue;
      if (item.body === target) return item;
      const inner = find(item.body);
      if (inner) return inner;
    }
    return undefined;
  };
  const block = find(file.body);
  if (!block) throw new Error('the body is not part of this file');
  return { body: block.body, block };
}
