/**
 * The terminal report of `kensa scan`: each place as `file:line:col: severity rule: message
 * [instances]`, where its value came from, and the fixes Kensa can apply; then a summary. A place
 * that several resource instances share (count, for_each, a module called twice) is one line naming
 * them all, up to MAX_INSTANCES; the summary counts findings per instance. Colour only on a terminal.
 */
import { findingPlaces, instancesText, type Finding } from '../../policy';
import type { Severity } from '../../text';

/** Instances named on a line before "and N more" (JSON lists every one). */
export const MAX_INSTANCES = 10;

const COLOR: Record<Severity, string> = { error: '\u001b[31m', warning: '\u001b[33m', info: '\u001b[36m' };
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

export function textReport(findings: readonly Finding[], color: boolean, summaryLine: string): string {
  const paint = (code: string, s: string): string => (color ? `${code}${s}${RESET}` : s);
  const lines: string[] = [];
  for (const { finding: f, instances, related } of findingPlaces(findings)) {
    const s = f.range.start;
    lines.push(`${f.file}:${s.line + 1}:${s.column + 1}: ${paint(COLOR[f.severity], f.severity)} ${paint(DIM, f.ruleId)}: ${f.message}${instances.length ? paint(DIM, ` [${instancesText(instances, MAX_INSTANCES)}]`) : ''}`);
    for (const r of related) lines.push(paint(DIM, `    ${r.file}:${r.range.start.line + 1}:${r.range.start.column + 1}: ${r.message}`));
    for (const x of f.fixes) lines.push(`    fix (${x.applicability}): ${x.title}`);
  }
  if (findings.length) lines.push('');
  lines.push(summaryLine);
  return lines.join('\n') + '\n';
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}
