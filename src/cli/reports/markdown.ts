/** `kensa scan --format markdown`: findings as a table a reviewer can read in a pull request. */
import type { Finding } from '../../policy';
import { countBySeverity } from './text';

const ICON = { error: '🔴', warning: '🟠', info: '🔵' } as const;

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function markdownReport(findings: readonly Finding[]): string {
  const c = countBySeverity(findings);
  const lines = [`## Kensa scan`, '', findings.length === 0 ? 'No findings.' : `${findings.length} finding${findings.length === 1 ? '' : 's'}: ${c.error} error, ${c.warning} warning, ${c.info} info.`, ''];
  if (findings.length) {
    lines.push('| | Rule | Where | Resource | Finding | Fix |', '|---|---|---|---|---|---|');
    for (const f of findings) {
      lines.push(`| ${ICON[f.severity]} | \`${f.ruleId}\` | \`${cell(f.file)}:${f.range.start.line + 1}\` | ${f.resourceAddress ? `\`${cell(f.resourceAddress)}\`` : ''} | ${cell(f.message)} | ${f.fixes.length ? cell(f.fixes[0]!.title) : ''} |`);
    }
  }
  return lines.join('\n') + '\n';
}
