/**
 * What `kensa scan` reports: policy findings and configuration problems (syntax, evaluation,
 * kensa.jsonc) in one list, sorted by file and position. A configuration problem is reported under
 * the rule id `terraform` (or `kensa-config` for kensa.jsonc), so one `--fail-on` gates both.
 */
import type { Finding } from '../../policy';
import type { Diagnostic } from '../../text';

export function diagnosticAsFinding(d: Diagnostic): Finding {
  return {
    ruleId: d.code ?? 'terraform',
    severity: d.severity,
    category: 'governance',
    message: d.detail ? `${d.summary}: ${d.detail}` : d.summary,
    file: d.file,
    range: d.range,
    related: (d.related ?? []).map((r) => ({ file: r.file, range: r.range, message: r.message })),
    resourceAddress: '',
    fixes: [],
  };
}

export function byPosition(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.offset - b.range.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Every finding and problem of an analysis, in order. */
export function allFindings(findings: readonly Finding[], diagnostics: readonly Diagnostic[]): Finding[] {
  return [...findings, ...diagnostics.map(diagnosticAsFinding)].sort(byPosition);
}

/** The JSON shape of a finding in `scan --format json` and `review --format json` (one-based lines and columns). */
export function findingJson(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    category: f.category,
    message: f.message,
    file: f.file,
    range: { startLine: f.range.start.line + 1, startColumn: f.range.start.column + 1, endLine: f.range.end.line + 1, endColumn: f.range.end.column + 1 },
    resourceAddress: f.resourceAddress,
    related: f.related.map((r) => ({ file: r.file, line: r.range.start.line + 1, column: r.range.start.column + 1, message: r.message })),
    fixes: f.fixes.map((x) => ({ title: x.title, applicability: x.applicability, edits: x.edits.map((e) => ({ file: e.file, start: e.start, end: e.end, newText: e.newText })) })),
    ...(f.monthlySaving !== undefined ? { monthlySaving: f.monthlySaving } : {}),
  };
}
