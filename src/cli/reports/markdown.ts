/**
 * `kensa scan --format markdown`: findings as a table a reviewer can read in a pull request, one
 * row per place with the resource instances that share it; the headline counts per instance.
 */
import { findingPlaces, instancesText, type Finding } from '../../policy';
import { countBySeverity, MAX_INSTANCES } from './text';

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function markdownReport(findings: readonly Finding[]): string {
  const c = countBySeverity(findings);
  const lines = [`## Kensa scan`, '', findings.length === 0 ? 'No findings.' : `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${c.error} error, ${c.warning} warning, ${c.info} info.`, ''];
  if (findings.length) {
    lines.push('| | Rule | Where | Resource | Finding | Fix |', '|---|---|---|---|---|---|');
    for (const { finding: f, instances } of findingPlaces(findings)) {
      lines.push(`| ${ICON[f.severity]} | \`${f.ruleId}\` | \`${cell(f.file)}:${f.range.start.line + 1}\` | ${resourcesCell(instances)} | ${cell(f.message)} | ${f.fixes.length ? cell(f.fixes[0]!.title) : ''} |`);
    }
  }
  return lines.join('\n') + '\n';
}

/** The instances of a place, each in code: `a`, `b` and 3 more. */
function resourcesCell(instances: readonly string[]): string {
  return instancesText(instances.map((a) => `\`${cell(a)}\``), MAX_INSTANCES);
}
