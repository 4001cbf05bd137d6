/**
 * Minimal text edits over the syntax tree: the toolkit every quick fix is built on.
 *
 * Contract shared by every function here:
 * - Edits are offsets into `file.text` (UTF-16), `file` = `file.path`; they never overlap one
 *   another and are meant to be applied together with `applyEdits`.
 * - Only edits that change something are returned: running an operation again on its own result
 *   returns `[]`.
 * - Everything not being changed stays byte for byte: comments, blank lines, alignment.
 * - New text follows the file: its line break (CRLF or LF), its indentation unit (tabs or N
 *   spaces, see detectLayout) and the indentation of the sibling items it joins.
 * - Native syntax only: for a `.tf.json` file (`syntax: 'json'`) every operation returns `[]`.
 * - A block whose braces are missing (a syntax error) is not edited: operations return `[]`.
 * - Misuse (a name that is not an identifier, a body from another tree) throws: that is a bug in
 *   the caller, never bad user input.
 * Operations on different, non-nested items may be combined; two operations that insert into the
 * same body must be combined in one call instead (setAttributes, ensureNestedAttributes).
 */
import type { TextEdit } from '../text';
import type { Attribute, Block, Body, BodyItem, Expression, HclFile } from './ast';
import {
  breakLength,
  convertIndentUnit,
  detectLayout,
  indentAt,
  indentSnippet,
  isWhitespace,
  itemEnd,
  lineStartOf,
  nextLineStart,
  ownerOf,
  previousLineStart,
  skipBlanks,
  skipBlanksBack,
  startsLine,
  type FileLayout,
} from './edit-layout';
import { attributeEntries, checkName, renderBlock, type BlockSpec } from './edit-render';
import { parseExpressionText, parseHcl } from './parser';

export { renderValue, renderString, renderKey, rawExpression, type HclValue, type RawExpression, type BlockSpec } from './edit-render';
export { detectLayout, type FileLayout } from './edit-layout';

/** Where new items go: a block's body or the file's top level. */
export type EditTarget = Body | Block;

/** Attribute values to set: `{ name: valueText }` or ordered `[name, valueText]` pairs. */
export type AttributeValues = Readonly<Record<string, string>> | readonly (readonly [string, string])[];

/**
 * Sets attribute `name` of a block (or the top-level body) to the expression `valueText`.
 * - Present with a different value: replaces only the expression's range.
 * - Present with the same value (same text, or the same syntax tree ignoring layout): no edits.
 * - Missing: adds the line `name = valueText` indented like its siblings (or one level deeper than
 *   the block). It goes after the last attribute that precedes the block's first nested block, as
 *   Terraform style keeps arguments above blocks; otherwise at the end of the body. A one-line
 *   block (`{}`, `{ a = 1 }`) is expanded to one item per line.
 * `valueText` is written at indentation level zero with any unit and line break; continuation
 * lines are re-indented to the file's unit and the attribute's depth (heredoc content excepted).
 * A multi-line value replacing one inside a one-line block stays valid but keeps the block on its
 * line (`m { tags = {` ... `} }`); callers wanting fmt layout can remove and re-add the attribute.
 */
export function setAttribute(file: HclFile, target: EditTarget, name: string, valueText: string): TextEdit[] {
  return setAttributes(file, target, [[name, valueText]]);
}

/** setAttribute for several attributes of one body at once, so their insertions do not overlap. */
export function setAttributes(file: HclFile, target: EditTarget, values: AttributeValues): TextEdit[] {
  if (file.syntax !== 'native') return [];
  const owner = ownerOf(file, target);
  if (owner.block && !hasBraces(owner.block)) return [];
  const layout = detectLayout(file);
  const edits: TextEdit[] = [];
  const missing: string[] = [];
  for (const [name, valueText] of new Map(attributeEntries(values))) {
    checkName(name);
    checkExpression(file.path, valueText);
    const attr = findAttribute(owner.body, name);
    if (!attr) {
      missing.push(`${name} = ${fitSnippet(valueText, '', layout.unit)}`);
      continue;
    }
    const base = indentAt(file.text, attr.start);
    const newText = indentSnippet(convertIndentUnit(valueText.trim(), layout.unit), base, layout.eol);
    if (file.text.slice(attr.expr.start, attr.expr.end) === newText) continue;
    if (sameExpression(file.path, attr.expr, newText)) continue;
    edits.push({ file: file.path, start: attr.expr.start, end: attr.expr.end, newText });
  }
  if (missing.length) edits.push(...insertItems(file, layout, owner, missing, 'attribute'));
  return edits;
}

/**
 * Removes attribute `name` from a body: its whole line or lines, a comment trailing it on its last
 * line, and the line break. Comments on the lines above stay: they may describe more than this
 * attribute, and deleting what the user wrote is worse than leaving a stale note. In a one-line
 * block only the attribute goes (`{ a = 1 }` becomes `{}`). No edits when it is absent.
 */
export function removeAttribute(file: HclFile, target: EditTarget, name: string): TextEdit[] {
  if (file.syntax !== 'native') return [];
  const attr = findAttribute(ownerOf(file, target).body, name);
  return attr ? [removal(file, attr)] : [];
}

/**
 * Removes a block as removeAttribute removes an attribute (comments above it stay). If it stood
 * between blank lines, one of them goes too, so no double gap is left behind.
 */
export function removeBlock(file: HclFile, block: Block): TextEdit[] {
  if (file.syntax !== 'native') return [];
  return [removal(file, block)];
}

/**
 * Adds a nested block at the end of a body (or the top level), after a blank line when the body
 * already has items. No edits when the body already has a block of that type with the same labels,
 * whatever it contains: use setAttributes / ensureNestedAttributes to adjust its content.
 */
export function insertBlock(file: HclFile, target: EditTarget, spec: BlockSpec): TextEdit[] {
  if (file.syntax !== 'native') return [];
  const owner = ownerOf(file, target);
  if (owner.block && !hasBraces(owner.block)) return [];
  if (findBlock(owner.body, spec.type, spec.labels ?? [])) return [];
  const layout = detectLayout(file);
  const text = renderBlock(spec, layout.unit, fitValue(file.path, layout));
  return insertItems(file, layout, owner, [text], 'block');
}

/**
 * Sets attributes inside nested blocks, creating the blocks that are missing:
 * `ensureNestedAttributes(file, instance, ['metadata_options'], { http_tokens: '"required"' })`.
 * Each step of `blockPath` is the first nested block of that type (labels ignored). Where a step
 * is missing but a `dynamic "<type>"` block generates it, returns `[]`: a static block beside the
 * dynamic one would duplicate it, and only the user can say how the generated content should change.
 */
export function ensureNestedAttributes(
  file: HclFile,
  target: EditTarget,
  blockPath: readonly string[],
  values: AttributeValues,
): TextEdit[] {
  if (file.syntax !== 'native') return [];
  let at: EditTarget = target;
  for (let i = 0; i < blockPath.length; i++) {
    const body = ownerOf(file, at).body;
    const next = body.items.find((it): it is Block => it.kind === 'block' && it.type.name === blockPath[i]);
    if (!next) {
      if (body.items.some((it) => it.kind === 'block' && it.type.name === 'dynamic' && it.labels[0]?.value === blockPath[i])) {
        return [];
      }
      const build = (j: number): BlockSpec =>
        j === blockPath.length - 1
          ? { type: blockPath[j]!, attributes: values }
          : { type: blockPath[j]!, blocks: [build(j + 1)] };
      return insertBlock(file, at, build(i));
    }
    at = next;
  }
  return setAttributes(file, at, values);
}

/**
 * One attribute inside nested blocks: the path names the blocks, then the attribute.
 * `ensureNestedAttribute(file, instance, ['metadata_options', 'http_tokens'], '"required"')`.
 */
export function ensureNestedAttribute(
  file: HclFile,
  target: EditTarget,
  path: readonly string[],
  valueText: string,
): TextEdit[] {
  if (path.length === 0) throw new Error('ensureNestedAttribute needs at least an attribute name');
  return ensureNestedAttributes(file, target, path.slice(0, -1), [[path[path.length - 1]!, valueText]]);
}

/**
 * Adds a top-level block right after `afterBlock` (itself top-level), with one blank line on each
 * side, at column 0. `block` is a spec or the block's source text (level-zero indentation, any unit
 * and line break; converted to the file's). No edits when the file already has a top-level block
 * of the same type and labels. Throws if the text is not exactly one block.
 */
export function insertTopLevelBlockAfter(file: HclFile, afterBlock: Block, block: BlockSpec | string): TextEdit[] {
  if (file.syntax !== 'native') return [];
  const layout = detectLayout(file);
  let type: string;
  let labels: readonly string[];
  let source: string;
  if (typeof block === 'string') {
    const parsed = parseHcl(block, file.path);
    const only = parsed.body.items[0];
    if (parsed.body.items.length !== 1 || only?.kind !== 'block' || parsed.diagnostics.some((d) => d.severity === 'error')) {
      throw new Error('insertTopLevelBlockAfter needs the text of exactly one valid block');
    }
    type = only.type.name;
    labels = only.labels.map((l) => l.value);
    source = fitSnippet(block.trim(), '', layout.unit);
  } else {
    type = block.type;
    labels = block.labels ?? [];
    source = renderBlock(block, layout.unit, fitValue(file.path, layout));
  }
  if (findBlock(file.body, type, labels)) return [];
  const { text } = file;
  const eol = layout.eol;
  const newText = indentSnippet(source, '', eol);
  const end = skipBlanks(text, itemEnd(file, afterBlock));
  const at = end + breakLength(text, end);
  if (at === end) {
    // no line break after the block: the file ends here (or, oddly, goes on on the same line)
    const tail = end >= text.length ? '' : eol + eol;
    return [{ file: file.path, start: end, end, newText: eol + eol + newText + tail }];
  }
  const nextBlank = at >= text.length || isWhitespace(text, at, nextLineStart(text, at));
  return [{ file: file.path, start: at, end: at, newText: eol + newText + eol + (nextBlank ? '' : eol) }];
}

// ---------------------------------------------------------------------------------------------

function hasBraces(block: Block): boolean {
  return block.openBrace >= 0 && block.closeBrace > block.openBrace;
}

function findAttribute(body: Body, name: string): Attribute | undefined {
  return body.items.find((it): it is Attribute => it.kind === 'attribute' && it.name.name === name);
}

function findBlock(body: Body, type: string, labels: readonly string[]): Block | undefined {
  return body.items.find(
    (it): it is Block =>
      it.kind === 'block' &&
      it.type.name === type &&
      it.labels.length === labels.length &&
      it.labels.every((l, i) => l.value === labels[i]),
  );
}

/** A caller's snippet in the file's unit, continuation lines under `base`, `\n` line breaks. */
function fitSnippet(snippet: string, base: string, unit: string): string {
  return indentSnippet(convertIndentUnit(snippet.trim(), unit), base, '\n');
}

/** Attribute values of a BlockSpec, checked and fitted like setAttribute's. */
function fitValue(path: string, layout: FileLayout): (value: string, base: string) => string {
  return (value, base) => {
    checkExpression(path, value);
    return fitSnippet(value, base, layout.unit);
  };
}

/** Throws unless `text` is one valid expression: a fix must never write a file that does not parse. */
function checkExpression(path: string, text: string): void {
  const { diagnostics } = parseExpressionText(text.trim(), path);
  if (diagnostics.some((d) => d.severity === 'error')) {
    throw new Error(`not a valid HCL expression: ${JSON.stringify(text)} (${diagnostics[0]!.summary})`);
  }
}

/** Whether `newText` parses to the same tree as `expr`, ignoring positions and spelling. */
function sameExpression(path: string, expr: Expression, newText: string): boolean {
  const parsed = parseExpressionText(newText, path);
  if (parsed.diagnostics.length || expr.kind === 'invalid') return false;
  return sameTree(expr, parsed.expr);
}

const LAYOUT_KEYS = new Set(['start', 'end', 'raw', 'heredoc']);

function sameTree(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => !LAYOUT_KEYS.has(k) && (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => !LAYOUT_KEYS.has(k) && (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameTree((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Inserts item snippets (level zero, `\n` breaks, file's unit) into a body. Attributes go after the
 * attribute run that precedes the first nested block when there is one; everything else at the end.
 * A blank line separates a new block from what precedes it, and a new item from a preceding block.
 */
function insertItems(
  file: HclFile,
  layout: FileLayout,
  owner: { readonly body: Body; readonly block?: Block },
  snippets: readonly string[],
  kind: 'attribute' | 'block',
): TextEdit[] {
  const { text } = file;
  const { eol } = layout;
  const { body, block } = owner;
  const items = body.items;
  const ownerIndent = block ? indentAt(text, block.start) : '';
  const sibling = items.find((it) => startsLine(text, it.start));
  const indent = sibling ? indentAt(text, sibling.start) : block ? ownerIndent + layout.unit : '';
  const lines = snippets.map((s) => indent + indentSnippet(s, indent, eol));
  const edit = (start: number, end: number, newText: string): TextEdit[] => [{ file: file.path, start, end, newText }];

  if (kind === 'attribute') {
    const firstBlock = items.findIndex((it) => it.kind === 'block');
    const lastAttr = firstBlock > 0 ? items[firstBlock - 1]! : undefined;
    if (lastAttr) {
      const end = skipBlanks(text, itemEnd(file, lastAttr));
      const br = breakLength(text, end);
      if (br > 0) return edit(end + br, end + br, lines.map((l) => l + eol).join(''));
    }
  }
  const last: BodyItem | undefined = items[items.length - 1];
  const gap = last && (kind === 'block' || last.kind === 'block') ? eol : '';

  if (!block) {
    // the top level: right after the last content, keeping whatever ends the file
    const end = skipTrailingWhitespaceBack(text, text.length);
    if (end === 0) return edit(0, text.length, lines.join(eol) + eol);
    return edit(end, end, eol + gap + lines.join(eol));
  }

  const close = block.closeBrace;
  const closeLine = lineStartOf(text, close);
  if (closeLine > block.openBrace && isWhitespace(text, closeLine, close)) {
    // `}` on its own line: after the last non-blank line of the body, so trailing blank lines stay
    // below the new item and comments at the end of the body stay above it
    let at = closeLine;
    while (at > block.openBrace) {
      const prev = previousLineStart(text, at);
      if (prev <= block.openBrace || !isWhitespace(text, prev, at)) break;
      at = prev;
    }
    if (at <= block.openBrace) at = nextLineStart(text, block.openBrace);
    return edit(at, at, gap + lines.map((l) => l + eol).join(''));
  }
  // `}` shares its line with content: a one-line block, or a last item ending in `}`. Put the
  // brace on its own line, and the first item on its own line if it shares the `{` line.
  const edits: TextEdit[] = [];
  const first = items[0];
  if (first && !startsLine(text, first.start) && isWhitespace(text, block.openBrace + 1, first.start)) {
    edits.push(...edit(block.openBrace + 1, first.start, eol + indent));
  }
  const contentEnd = skipBlanksBack(text, close);
  edits.push(...edit(contentEnd, close, eol + gap + lines.join(eol) + eol + ownerIndent));
  return edits;
}

function skipTrailingWhitespaceBack(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && /[ \t\r\n]/.test(text[i - 1]!)) i--;
  return i;
}

/**
 * The edit removing one item: its full lines when it has them to itself, else just the item and
 * the blanks that separate it from its neighbours on the line. A blank line left doubled (or
 * dangling at the start or end of a body) by the removal goes too.
 */
function removal(file: HclFile, item: BodyItem): TextEdit {
  const { text } = file;
  const end = itemEnd(file, item);
  const after = skipBlanks(text, end);
  const aloneAfter = after >= text.length || breakLength(text, after) > 0;
  const aloneBefore = startsLine(text, item.start);
  let start: number;
  let stop: number;
  if (aloneBefore && aloneAfter) {
    start = lineStartOf(text, item.start);
    stop = after + breakLength(text, after);
    const prevStart = start > 0 ? previousLineStart(text, start) : -1;
    const prevBlank = prevStart >= 0 && isWhitespace(text, prevStart, start);
    const prevOpens = start === 0 || /\{[ \t]*$/.test(text.slice(prevStart, skipBreakBack(text, start)));
    const nextStop = nextLineStart(text, stop);
    const nextBlank = stop < text.length && isWhitespace(text, stop, nextStop);
    const nextCloses = stop >= text.length || /^[ \t]*\}/.test(text.slice(stop, nextStop));
    if (prevBlank && (nextBlank || nextCloses)) start = prevStart;
    else if (prevOpens && nextBlank) stop = nextStop;
  } else if (aloneBefore) {
    start = lineStartOf(text, item.start);
    stop = after;
  } else {
    start = skipBlanksBack(text, item.start);
    stop = aloneAfter ? end : after;
  }
  return { file: file.path, start, end: stop, newText: '' };
}

function skipBreakBack(text: string, offset: number): number {
  let i = offset;
  if (i > 0 && text.charCodeAt(i - 1) === 10) i--;
  if (i > 0 && text.charCodeAt(i - 1) === 13) i--;
  return i;
}
