/** Findings as the CLI's JSON reports write them. */
import type { Finding } from '../../policy';

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
    ...(f.root !== undefined ? { root: f.root } : {}),
    related: f.related.map((r) => ({ file: r.file, line: r.range.start.line + 1, column: r.range.start.column + 1, message: r.message })),
    fixes: f.fixes.map((x) => ({ title: x.title, applicability: x.applicability, edits: x.edits.map((e) => ({ file: e.file, start: e.start, end: e.end, newText: e.newText })) })),
    ...(f.monthlySaving !== undefined ? { monthlySaving: f.monthlySaving } : {}),
  };
}
