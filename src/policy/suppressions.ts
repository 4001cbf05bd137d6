/**
 * Inline suppressions: `# kensa:ignore RULE_ID reason [until=YYYY-MM-DD]` on the line above a block
 * or attribute (or at the end of its first line) silences that rule inside it; above a `module`
 * block, inside everything the module creates. Teams moving from other tools keep theirs:
 * `#checkov:skip=CKV_AWS_20:reason` anywhere inside a resource, and `#trivy:ignore:AVD-AWS-0086` or
 * `#tfsec:ignore:aws-s3-block-public-acls` above or beside the item, mapped through each rule's
 * equivalents (an AVD id or a long id in either comment; Trivy's long ids, `aws-apigateway-...`,
 * match tfsec's, `aws-api-gateway-...`).
 */
import type { BodyItem, HclFile, Span } from '../hcl';
import { claims } from './peer-ids';
import type { Rule } from './rule';

export type SuppressionTool = 'kensa' | 'checkov' | 'trivy' | 'tfsec';

export interface Suppression {
  readonly tool: SuppressionTool;
  /** Rule ids in the tool's own vocabulary. */
  readonly ids: readonly string[];
  readonly reason: string;
  /** `until=YYYY-MM-DD`: the suppression stops applying after this day. */
  readonly until?: string;
  /** An `until=` that is no calendar day (2099-13-45): the suppression does not apply. */
  readonly invalidUntil?: string;
  readonly file: string;
  /** The comment itself. */
  readonly comment: Span;
  /** What it covers: the item below (or beside) it; for checkov, the resource block around it. */
  readonly covers: Span;
  /** The covered item is a `module` block: it covers what that module creates. */
  readonly moduleBlock?: Span;
}

const KENSA = /^(?:#|\/\/)\s*kensa:ignore\s+([A-Za-z0-9_,\s-]*?[A-Za-z0-9_-])(?:\s+(.*))?$/;
const CHECKOV = /(?:#|\/\/)\s*checkov:skip=([A-Z0-9_]+)(?::(.*))?/;
const TRIVY = /(?:#|\/\/)\s*(trivy|tfsec):ignore:([A-Za-z0-9_-]+)(?::exp:(\d{4}-\d{2}-\d{2}))?/g;
const UNTIL = /\buntil=(\d{4}-\d{2}-\d{2})\b/;

/** Each parsed file's suppressions: a file read by many root modules is read for them once. */
const byFile = new WeakMap<HclFile, readonly Suppression[]>();

/** Every suppression written in a file's comments, with the span each one covers. */
export function suppressionsOf(file: HclFile): readonly Suppression[] {
  let found = byFile.get(file);
  if (!found) byFile.set(file, (found = readSuppressions(file)));
  return found;
}

function readSuppressions(file: HclFile): Suppression[] {
  if (file.comments.length === 0) return [];
  const items: { item: BodyItem; depth: number }[] = [];
  const collect = (list: readonly BodyItem[], depth: number): void => {
    for (const item of list) {
      items.push({ item, depth });
      if (item.kind === 'block') collect(item.body.items, depth + 1);
    }
  };
  collect(file.body.items, 0);
  const lineOf = (offset: number): number => file.lines.position(offset).line;
  // the outermost item starting on each line
  const byLine = new Map<number, BodyItem>();
  for (const { item } of items) {
    const line = lineOf(item.start);
    if (!byLine.has(line)) byLine.set(line, item);
  }
  const commentLines = new Set(file.comments.map((c) => lineOf(c.start)));
  /** The item a comment annotates: on the next line not holding only a comment, or on its own line. */
  const annotated = (comment: Span): BodyItem | undefined => {
    const line = lineOf(comment.start);
    const lineStart = file.lines.lineStarts[line]!;
    const before = file.text.slice(lineStart, comment.start);
    if (before.trim() !== '') return byLine.get(line);
    for (let l = line + 1; l < file.lines.lineCount; l++) {
      const item = byLine.get(l);
      if (item) return item;
      if (!commentLines.has(l) && file.text.slice(file.lines.lineStarts[l]!, file.lines.lineEnd(l)).trim() !== '') return undefined;
    }
    return undefined;
  };
  const out: Suppression[] = [];
  for (const c of file.comments) {
    if (c.style === '/*') continue;
    const text = file.text.slice(c.start, c.end);
    const k = KENSA.exec(text);
    if (k) {
      const item = annotated(c);
      if (!item) continue;
      const rest = (k[2] ?? '').trim();
      const written = UNTIL.exec(rest)?.[1];
      const until = written && isCalendarDay(written) ? written : undefined;
      const reason = rest.replace(UNTIL, '').trim();
      out.push({
        tool: 'kensa',
        ids: k[1]!.split(/[\s,]+/).filter(Boolean),
        reason,
        ...(until ? { until } : {}),
        ...(written && !until ? { invalidUntil: written } : {}),
        file: file.path,
        comment: c,
        covers: item,
        ...(item.kind === 'block' && item.type.name === 'module' ? { moduleBlock: item } : {}),
      });
      continue;
    }
    const ck = CHECKOV.exec(text);
    if (ck) {
      // anywhere inside a resource block: the top-level block around the comment
      const around = file.body.items.find((i) => i.kind === 'block' && i.start <= c.start && c.end <= i.end);
      const covers = around ?? annotated(c);
      if (covers) out.push({ tool: 'checkov', ids: [ck[1]!], reason: (ck[2] ?? '').trim(), file: file.path, comment: c, covers });
      continue;
    }
    TRIVY.lastIndex = 0;
    for (let m = TRIVY.exec(text); m; m = TRIVY.exec(text)) {
      const item = annotated(c);
      if (!item) break;
      out.push({ tool: m[1] as 'trivy' | 'tfsec', ids: [m[2]!], reason: '', ...(m[3] ? { until: m[3] } : {}), file: file.path, comment: c, covers: item });
    }
  }
  return out;
}

/** Whether YYYY-MM-DD names a day of the calendar (not 2099-13-45). */
function isCalendarDay(ymd: string): boolean {
  const d = new Date(`${ymd}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === ymd;
}

/** Whether another tool's suppression names one of `rule`'s equivalents. */
export function suppressionClaims(rule: Rule, s: Suppression): boolean {
  if (s.tool === 'kensa') return false;
  if (s.tool === 'checkov') return s.ids.some((id) => claims(rule, 'checkov', id));
  return s.ids.some((id) => claims(rule, /^avd-/i.test(id) ? 'trivy' : 'tfsec', id));
}
