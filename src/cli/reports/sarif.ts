/**
 * SARIF 2.1.0 for code-scanning services: one run, the rules in tool.driver.rules, each result with
 * its ruleId, level, message, a physicalLocation relative to the scanned directory and a region
 * with one-based lines and columns, related locations, and fixes as replacements. One result per
 * finding, so per resource instance (the count code scanning shows is the count `scan` gates on);
 * the resource instance is the result's logical location, and when several instances share a
 * place their results name it in the message too, so the alerts at one line can be told apart.
 */
import type { Finding, Rule } from '../../policy';
import { findingPlaces, SUPPRESSION_RULES } from '../../policy';
import type { Severity } from '../../text';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface RuleMeta {
  id: string;
  title: string;
  severity: Severity;
  category?: string;
  why?: string;
  fix?: string;
  link?: string;
}

function metaOf(rules: readonly Rule[]): Map<string, RuleMeta> {
  const out = new Map<string, RuleMeta>();
  for (const r of rules) {
    out.set(r.id, { id: r.id, title: r.title, severity: r.severity, category: r.category, why: r.docs.why, fix: r.docs.fix, ...(r.docs.links[0] ? { link: r.docs.links[0] } : {}) });
  }
  for (const s of Object.values(SUPPRESSION_RULES)) out.set(s.id, { id: s.id, title: s.title, severity: s.severity, category: 'governance' });
  out.set('terraform', { id: 'terraform', title: 'Terraform configuration problem', severity: 'error', why: 'Terraform could not read or evaluate this configuration as written.' });
  out.set('kensa-config', { id: 'kensa-config', title: 'kensa.jsonc problem', severity: 'error' });
  return out;
}

/** Positions are one-based; SARIF columns count UTF-16 code units, as ours do. */
function region(r: Finding['range']): Record<string, number> {
  return { startLine: r.start.line + 1, startColumn: r.start.column + 1, endLine: r.end.line + 1, endColumn: r.end.column + 1 };
}

export function sarifReport(findings: readonly Finding[], rules: readonly Rule[], version: string, lineOf: (file: string, offset: number) => { line: number; column: number }): string {
  const meta = metaOf(rules);
  const used = [...new Set(findings.map((f) => f.ruleId))].sort();
  const index = new Map(used.map((id, i) => [id, i]));
  const driverRules = used.map((id) => {
    const m = meta.get(id) ?? { id, title: id, severity: 'warning' as Severity };
    return {
      id,
      name: id,
      shortDescription: { text: m.title },
      ...(m.why ? { fullDescription: { text: m.why } } : {}),
      ...(m.fix ? { help: { text: m.fix } } : {}),
      ...(m.link ? { helpUri: m.link } : {}),
      defaultConfiguration: { level: LEVEL[m.severity] },
      properties: { ...(m.category ? { category: m.category, tags: [m.category, 'terraform'] } : { tags: ['terraform'] }) },
    };
  });
  const shared = new Set<Finding>();
  for (const p of findingPlaces(findings)) if (p.instances.length > 1) for (const f of p.findings) shared.add(f);
  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: index.get(f.ruleId)!,
    level: LEVEL[f.severity],
    message: { text: shared.has(f) ? `${f.message} [${f.resourceAddress}]` : f.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: encodeURI(f.file), uriBaseId: 'SRCROOT' }, region: region(f.range) },
        ...(f.resourceAddress ? { logicalLocations: [{ fullyQualifiedName: f.resourceAddress, kind: 'resource' }] } : {}),
      },
    ],
    ...(f.related.length
      ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, physicalLocation: { artifactLocation: { uri: encodeURI(r.file), uriBaseId: 'SRCROOT' }, region: region(r.range) } })) }
      : {}),
    ...(f.fixes.length
      ? {
          fixes: f.fixes.map((x) => ({
            description: { text: x.title },
            artifactChanges: groupByFile(x.edits).map(([file, edits]) => ({
              artifactLocation: { uri: encodeURI(file), uriBaseId: 'SRCROOT' },
              replacements: edits.map((e) => {
                const s = lineOf(e.file, e.start);
                const end = lineOf(e.file, e.end);
                return { deletedRegion: { startLine: s.line + 1, startColumn: s.column + 1, endLine: end.line + 1, endColumn: end.column + 1 }, insertedContent: { text: e.newText } };
              }),
            })),
          })),
        }
      : {}),
    ...(f.monthlySaving !== undefined ? { properties: { monthlySaving: f.monthlySaving } } : {}),
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Kensa', semanticVersion: version, version, informationUri: 'https://www.npmjs.com/package/kensa', rules: driverRules } },
        originalUriBaseIds: { SRCROOT: { description: { text: 'The directory Kensa scanned.' } } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function groupByFile<E extends { file: string }>(edits: readonly E[]): [string, E[]][] {
  const m = new Map<string, E[]>();
  for (const e of edits) m.set(e.file, [...(m.get(e.file) ?? []), e]);
  return [...m];
}
