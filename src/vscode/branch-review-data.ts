/**
 * The branch review webview's data, as media/branch-review.js renders it: plain JSON built from a
 * Review (no vscode import, so it is unit-tested). Findings of the base side live in a temporary
 * worktree that is gone by the time the user clicks, so their paths are mapped onto the working
 * tree, where the file (most likely) still is. Both sides are analysed relative to the reviewed
 * directory (as `kensa review` does), so a path means the same file on either side. The findings
 * of one place (instances of count, for_each or a module called twice) are one row naming them.
 */
import { findingPlaces, instancesText, type Finding } from '../policy';
import { costHeadline, findingsHeadline, type Review } from '../review';
import { joinPath, relativePath } from '../terraform';

/** Instances named on a row before "and N more". */
const MAX_INSTANCES = 10;

/** What the webview receives. */
export type BranchReviewData = ReturnType<typeof branchReviewData>;

/**
 * The data for `review`, whose paths are relative to the reviewed directory; `headDir` is that
 * directory in the working tree (absolute), `base` the label of the base revision.
 */
export function branchReviewData(review: Review, sides: { readonly base: string; readonly headDir: string }) {
  // a row per place, as the Problems panel shows them; `count` is how many findings (instances) it stands for
  const rows = (findings: readonly Finding[]) =>
    findingPlaces(findings).map(({ finding: f, findings: all, instances }) => {
      const file = relativePath('.', f.file);
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        resource: instancesText(instances, MAX_INSTANCES),
        count: all.length,
        file,
        path: joinPath(sides.headDir, file),
        line: f.range.start.line + 1,
      };
    });
  const c = review.cost;
  return {
    base: sides.base,
    costHeadline: costHeadline(c),
    findingsHeadline: findingsHeadline(review.findings),
    before: c.before,
    after: c.after,
    delta: c.delta,
    deltaPercent: c.deltaPercent,
    pricesAsOf: c.pricesAsOf,
    newFindings: rows(review.findings.new),
    fixedFindings: rows(review.findings.fixed),
    unchanged: review.findings.unchanged.length,
    resources: c.resources.map((r) => ({
      root: relativePath('.', r.root),
      address: r.address,
      previousAddress: r.previousAddress ?? null,
      change: r.change,
      before: r.before,
      after: r.after,
      delta: r.delta,
    })),
    /** The known cost change of each module whose resources changed, for the chart. */
    modules: c.modules.map((m) => ({ root: relativePath('.', m.root), module: m.module, before: m.before, after: m.after, delta: m.delta, unknownResources: m.unknownResources })),
  };
}
