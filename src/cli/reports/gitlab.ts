/**
 * `kensa scan --format gitlab`: a GitLab Code Quality report (the CodeClimate subset GitLab reads:
 * description, check_name, fingerprint, severity, location.path and location.lines.begin), shown
 * in the merge request widget and diffed by GitLab against the target branch's report. The
 * fingerprint is what GitLab compares, so it is the finding's identity as review and baselines
 * match it (rule, root module, resource instance, message without line numbers), not its line: a
 * finding that only moved is the same issue. Equal findings get an occurrence number.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../../policy';
import { normalizeMessage } from '../../review';
import type { Severity } from '../../text';

const SEVERITY: Record<Severity, 'critical' | 'major' | 'minor'> = { error: 'critical', warning: 'major', info: 'minor' };

/** CodeClimate's categories, which GitLab shows. */
const CATEGORY: Record<string, string> = { security: 'Security', reliability: 'Bug Risk', cost: 'Performance', governance: 'Style' };

export function gitlabReport(findings: readonly Finding[]): string {
  const seen = new Map<string, number>();
  const issues = findings.map((f) => {
    const where = f.resourceAddress ? `${f.root ?? '.'}\u0000${f.resourceAddress}` : `file:${f.file}`;
    const identity = `${f.ruleId}\u0000${where}\u0000${normalizeMessage(f.message)}`;
    const n = seen.get(identity) ?? 0;
    seen.set(identity, n + 1);
    return {
      type: 'issue',
      description: f.resourceAddress && !f.message.includes(f.resourceAddress) ? `${f.message} [${f.resourceAddress}]` : f.message,
      check_name: f.ruleId,
      fingerprint: createHash('sha256').update(`${identity}\u0000${n}`).digest('hex'),
      severity: SEVERITY[f.severity],
      categories: [CATEGORY[f.category] ?? 'Bug Risk'],
      location: { path: f.file, lines: { begin: f.range.start.line + 1, end: f.range.end.line + 1 } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
