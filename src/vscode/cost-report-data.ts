/**
 * The cost report's data, as media/cost-report.js renders it: plain JSON (no vscode types) built
 * from the estimates of the roots shown, paths relative to the workspace folder for display and
 * absolute for opening. No vscode import, so it is unit-tested.
 */
import { costFigure, type Estimate } from '../cost';
import { relativePath } from '../terraform';

/** What the webview receives. */
export type ReportData = ReturnType<typeof reportData>;

/** The root modules a report covers: each root's directory, its workspace folder's, its estimate. */
export type ReportRoots = readonly { readonly dir: string; readonly base: string; readonly estimate: Estimate }[];

/** The data the webview renders for `roots`. */
export function reportData(roots: ReportRoots) {
  const resources = roots.flatMap(({ base, dir, estimate }) =>
    estimate.resources.map((r) => ({
      /** The workspace folder (absolute), for "Set usage…". */
      folder: base,
      root: relativePath(base, dir),
      address: r.address,
      type: r.type,
      module: r.module,
      region: r.region,
      monthlyCost: r.monthlyCost,
      countUnknown: r.countUnknown ?? null,
      /** Why part of the cost is unknown, or null: such a resource is never shown as $0. */
      unknown: r.unknown ?? null,
      /** The figure to show: "$12.00", "$12.00 + unknown", "unknown", "per instance $12.00, count unknown". */
      costText: costFigure(r),
      path: r.file,
      file: relativePath(base, r.file),
      line: r.line,
      components: r.components.map((c) => ({ name: c.name, quantity: c.monthlyQuantity, unit: c.unit, unitPrice: c.unitPrice, monthlyCost: c.monthlyCost, usageBased: c.usageBased, note: c.note ?? null })),
    })),
  );
  const byType = new Map<string, { type: string; monthlyCost: number; count: number; unknown: number }>();
  for (const r of resources) {
    const t = byType.get(r.type) ?? { type: r.type, monthlyCost: 0, count: 0, unknown: 0 };
    t.monthlyCost += r.monthlyCost ?? 0;
    t.count++;
    if (r.unknown) t.unknown++;
    byType.set(r.type, t);
  }
  return {
    total: roots.reduce((a, r) => a + r.estimate.totalMonthlyCost, 0),
    leftOut: roots.reduce((a, r) => a + r.estimate.usageBasedComponents + r.estimate.unknownComponents, 0),
    pricesAsOf: roots[0]?.estimate.pricesAsOf ?? null,
    roots: roots.map((r) => relativePath(r.base, r.dir)),
    modules: roots.flatMap((r) => r.estimate.modules.map((m) => ({ root: relativePath(r.base, r.dir), address: m.address, monthlyCost: m.monthlyCost, resources: m.resources }))),
    byType: [...byType.values()].sort((a, b) => b.monthlyCost - a.monthlyCost),
    resources,
    usageBased: resources.flatMap((r) => r.components.filter((c) => c.monthlyCost === null && c.usageBased).map((c) => ({ address: r.address, component: c.name, note: c.note }))),
    unknown: resources.flatMap((r) => [
      ...(r.countUnknown ? [{ address: r.address, component: 'Count', note: r.countUnknown }] : []),
      ...r.components.filter((c) => c.monthlyCost === null && !c.usageBased).map((c) => ({ address: r.address, component: c.name, note: c.note })),
    ]),
    unsupported: roots.flatMap((r) => r.estimate.unsupported.map((u) => ({ address: u.address, type: u.type, path: u.file, file: relativePath(r.base, u.file), line: u.line }))),
    assumptions: [...new Set(roots.flatMap((r) => r.estimate.assumptions))],
  };
}

