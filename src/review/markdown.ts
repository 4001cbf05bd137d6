/**
 * A review as a pull-request comment: the cost headline, the findings count, a Mermaid chart of the
 * largest cost changes, a table of cost changes, and the new and fixed findings in collapsed sections. Fits GitHub's comment limit by
 * showing fewer rows, with a note saying how many were left out. The CLI prints it and the editor
 * copies it, so both read the same.
 */
import { money } from '../cost';
import { findingPlaces, instancesText, type Finding } from '../policy';
import { hasUnknown, type Review, type ResourceDelta } from './review';

/** GitHub refuses comments longer than this many characters. */
export const GITHUB_COMMENT_LIMIT = 65536;

export interface MarkdownOptions {
  /** How to name the sides: `main` (`1a2b3c4`), `working tree`. */
  readonly base: string;
  readonly head: string;
  /** Maximum length in UTF-16 code units (default: GitHub's comment limit). */
  readonly limit?: number;
}

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;
const MAX_CELL = 400;
/** Instances named in a Resource cell before "and N more" (the JSON lists every one). */
const MAX_INSTANCES = 10;

/**
 * The headline: "Monthly cost will increase by $32.85 (+12.3%)", "... decrease ...", "... not
 * change". When changed resources have an unknown cost it says how many, and "will not change"
 * becomes "Known monthly cost will not change": the unknown part may well change.
 */
export function costHeadline(cost: Review['cost']): string {
  const n = cost.unknownResources;
  const unknown = n ? `; ${n} changed resource${n === 1 ? ' has' : 's have'} an unknown cost` : '';
  if (cost.delta === 0) return `${n ? 'Known monthly cost' : 'Monthly cost'} will not change${unknown}`;
  const pct = cost.deltaPercent === null ? `from ${money(cost.before)}` : `${cost.delta > 0 ? '+' : '−'}${Math.abs(cost.deltaPercent)}%`;
  return `${n ? 'Known monthly cost' : 'Monthly cost'} will ${cost.delta > 0 ? 'increase' : 'decrease'} by ${money(Math.abs(cost.delta))} (${pct})${unknown}`;
}

/** "2 new findings, 1 fixed". */
export function findingsHeadline(findings: Review['findings']): string {
  const n = findings.new.length;
  return `${n} new finding${n === 1 ? '' : 's'}, ${findings.fixed.length} fixed`;
}

/** A signed amount: +$3.00, −$1.50, $0, or "unknown". */
export function signedMoney(n: number | null): string {
  if (n === null) return 'unknown';
  if (n === 0) return '$0';
  return `${n > 0 ? '+' : '−'}${money(Math.abs(n))}`;
}

/** The review as GitHub-flavoured Markdown, at most `limit` characters long. */
export function reviewMarkdown(review: Review, options: MarkdownOptions): string {
  const limit = options.limit ?? GITHUB_COMMENT_LIMIT;
  const longest = Math.max(review.cost.resources.length, review.findings.new.length, review.findings.fixed.length);
  let text = render(review, options, Infinity);
  // fewer rows per table until it fits; each cut table says how many rows it left out
  for (let rows = longest; text.length > limit && rows > 0; ) {
    rows = Math.floor(rows / 2);
    text = render(review, options, rows);
  }
  return text.length > limit ? text.slice(0, limit - 40) + '\n\n…(truncated to fit the comment limit)\n' : text;
}

function render(review: Review, options: MarkdownOptions, maxRows: number): string {
  const { cost, findings } = review;
  const lines: string[] = ['## Kensa review', ''];
  lines.push(`**${costHeadline(cost)}** (${money(cost.before)} → ${money(cost.after)} per month)`, '');
  lines.push(`**${findingsHeadline(findings)}**${findings.unchanged.length ? ` (${findings.unchanged.length} unchanged)` : ''}`, '');
  lines.push(`Comparing ${options.head} with ${options.base}.`, '');
  const multiRoot = new Set(cost.resources.map((r) => r.root)).size > 1;
  const where = (root: string, s: string): string => (multiRoot ? `${root}: ${s}` : s);

  lines.push(...costChart(cost.resources, where));
  if (cost.resources.length) {
    const modules = new Set(cost.resources.map((r) => `${r.root}\u0000${r.module}`));
    if (modules.size > 1 && cost.modules.length) {
      lines.push('### Cost changes by module', '', '| Module | Before | After | Change |', '|---|---:|---:|---:|');
      const shown = cost.modules.slice(0, maxRows);
      for (const m of shown) lines.push(`| ${cell(where(m.root, m.module ? `\`${m.module}\`` : 'root module'))} | ${money(m.before)} | ${money(m.after)} | ${signedMoney(m.delta)} |`);
      more(lines, cost.modules.length - shown.length, 'module');
      lines.push('');
    }
    lines.push('### Cost changes by resource', '', '| Resource | Before | After | Change | |', '|---|---:|---:|---:|---|');
    const shown = cost.resources.slice(0, maxRows);
    for (const r of shown) lines.push(`| ${cell(where(r.root, `\`${r.address}\``))} | ${amount(r.before, r.unknownBefore)} | ${amount(r.after, r.unknownAfter)} | ${signedMoney(r.delta)}${r.delta !== null && hasUnknown(r) ? ' + unknown' : ''} | ${cell(note(r))} |`);
    more(lines, cost.resources.length - shown.length, 'resource');
    lines.push('');
  }
  section(lines, `${findings.new.length} new finding${findings.new.length === 1 ? '' : 's'}`, findings.new, maxRows, findings.new.length > 0 && findings.new.length <= 10);
  section(lines, `${findings.fixed.length} fixed finding${findings.fixed.length === 1 ? '' : 's'}`, findings.fixed, maxRows, false);
  lines.push(`<sub>Prices as of ${cost.pricesAsOf}: AWS public list prices in ${cost.currency}, 730 hours a month; usage-based components without a quantity in kensa.jsonc are not counted.</sub>`);
  return lines.join('\n') + '\n';
}

/** Bars in the chart: the largest changes only, so it stays small and readable. */
const CHART_BARS = 8;
const CHART_LABEL = 48;

/**
 * A Mermaid bar chart of the largest known cost changes, which GitHub renders in comments. Mermaid's
 * xychart draws every bar up from the axis minimum, so a negative bar would look like a positive
 * one: the bars are the size of each change and the label carries its sign ("+$32.85 aws_nat_gateway.new").
 * Nothing when no resource's known cost changed.
 */
function costChart(resources: readonly ResourceDelta[], where: (root: string, s: string) => string): string[] {
  const changed = resources.filter((r): r is ResourceDelta & { delta: number } => r.delta !== null && r.delta !== 0);
  if (!changed.length) return [];
  const top = [...changed].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || (a.address < b.address ? -1 : 1)).slice(0, CHART_BARS);
  const label = (r: ResourceDelta & { delta: number }): string => {
    // inside a Mermaid string: no double quotes, no line breaks
    const text = `${signedMoney(r.delta)} ${where(r.root, r.address)}`.replace(/"/g, "'").replace(/[\r\n]+/g, ' ');
    return `"${text.length > CHART_LABEL ? text.slice(0, CHART_LABEL - 1) + '…' : text}"`;
  };
  const max = Math.max(...top.map((r) => Math.abs(r.delta)));
  const title = changed.length > top.length ? `The ${top.length} largest of ${changed.length} cost changes, USD per month` : 'Cost changes, USD per month';
  return [
    '```mermaid',
    'xychart-beta horizontal',
    `  title "${title}"`,
    `  x-axis [${top.map(label).join(', ')}]`,
    `  y-axis "size of the change (USD per month)" 0 --> ${Math.ceil(max)}`,
    `  bar [${top.map((r) => String(Math.abs(r.delta))).join(', ')}]`,
    '```',
    '',
  ];
}

/** One row per place: the instances that share it (count, for_each, a module called twice) in one cell. */
function section(lines: string[], title: string, findings: readonly Finding[], maxRows: number, open: boolean): void {
  if (!findings.length) return;
  lines.push(`<details${open ? ' open' : ''}><summary>${title}</summary>`, '', '| | Rule | Where | Resource | Finding |', '|---|---|---|---|---|');
  const shown = findingPlaces(findings).slice(0, maxRows);
  for (const { finding: f, instances } of shown) {
    const resources = instancesText(instances.map((a) => `\`${cell(a)}\``), MAX_INSTANCES);
    lines.push(`| ${ICON[f.severity]} | \`${f.ruleId}\` | \`${cell(f.file)}:${f.range.start.line + 1}\` | ${resources} | ${cell(f.message)} |`);
  }
  more(lines, findings.length - shown.reduce((n, p) => n + p.findings.length, 0), 'finding');
  lines.push('', '</details>', '');
}

function more(lines: string[], n: number, what: string): void {
  if (n > 0) lines.push('', `…and ${n} more ${what}${n === 1 ? '' : 's'} not shown to keep this comment within GitHub's limit; run \`kensa review\` for the full list.`);
}

/** A side's figure: "$12.00", "$12.00 + unknown", "unknown". */
export function amount(n: number | null, unknown: string | null = null): string {
  if (n === null) return 'unknown';
  if (unknown === null) return money(n);
  return n === 0 ? 'unknown' : `${money(n)} + unknown`;
}

function note(r: ResourceDelta): string {
  const parts: string[] = [];
  if (r.change === 'added' || r.change === 'removed') parts.push(r.change);
  if (r.previousAddress) parts.push(`moved from \`${r.previousAddress}\``);
  if (r.unknownAfter) parts.push(`unknown: ${r.unknownAfter}`);
  else if (r.unknownBefore) parts.push(`unknown before: ${r.unknownBefore}`);
  else if (r.before === null || r.after === null) parts.push('count unknown');
  return parts.join(', ');
}

function cell(s: string): string {
  const flat = s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  return flat.length > MAX_CELL ? flat.slice(0, MAX_CELL - 1) + '…' : flat;
}
