/**
 * What a change does to a Terraform project: the findings it adds and fixes, and the monthly cost
 * before and after, per resource and module. Both sides are plain analysis results (the engine's
 * `analyze` plus its estimates), so the CLI (two git revisions) and the editor (saved vs unsaved)
 * call the same function. Pure and synchronous.
 */
import type { Estimate, ResourceCost } from '../cost';
import type { Finding } from '../policy';
import type { Evaluation } from '../terraform';
import { moveAddress, movesOf, type Move } from './moved';

/** One side of a review: what `analyze` returns, with the findings to compare and the estimates. */
export interface ReviewSide {
  readonly roots: readonly { readonly dir: string; readonly evaluation: Evaluation }[];
  /** Findings to compare: policy findings and, if wanted, configuration problems as findings. */
  readonly findings: readonly Finding[];
  /** One estimate per root module, as `estimateAnalysis` returns them. */
  readonly estimates: readonly { readonly dir: string; readonly estimate: Estimate }[];
}

export type ResourceChange = 'added' | 'removed' | 'changed' | 'moved';

/** A priced resource instance whose cost or address differs between the sides. */
export interface ResourceDelta {
  /** The root module directory (relative to the reviewed one): addresses are unique only within it. */
  readonly root: string;
  /** The head's address (the base's for a removed resource). */
  readonly address: string;
  /** The base's address, when a `moved` block renamed it. */
  readonly previousAddress?: string;
  readonly type: string;
  /** The module address ('' for the root module). */
  readonly module: string;
  readonly change: ResourceChange;
  /** Monthly cost in USD; 0 when the resource does not exist on that side; null when unknown (count or for_each unknown). */
  readonly before: number | null;
  readonly after: number | null;
  /** after - before, or null when either is unknown. */
  readonly delta: number | null;
  /** Usage-based components on the head side (or the base side for a removed resource) left out of the figure. */
  readonly usageBasedComponents: number;
  /**
   * Why part of the cost is unknown on each side (the count, or unknown components with their
   * reasons), or null when that side is fully known or the resource is not there. `before`/`after`
   * are then the known part only, so the row reads "$12.00 + unknown", never a plain $0.
   */
  readonly unknownBefore: string | null;
  readonly unknownAfter: string | null;
}

/** The known costs of a module instance's own changed resources (not its child modules'). */
export interface ModuleDelta {
  readonly root: string;
  /** '' for the root module. */
  readonly module: string;
  readonly before: number;
  readonly after: number;
  readonly delta: number;
  /** Its changed resources whose cost is unknown on either side: the module is listed even when the known delta is 0. */
  readonly unknownResources: number;
}

export interface CostReview {
  readonly currency: 'USD';
  readonly pricesAsOf: string;
  /** Monthly totals of the known costs, as each side's estimate sums them. */
  readonly before: number;
  readonly after: number;
  readonly delta: number;
  /** delta / before in percent, one decimal; null when before is 0 and after is not. */
  readonly deltaPercent: number | null;
  /** Changed resources, sorted by root, module and address. */
  readonly resources: readonly ResourceDelta[];
  /**
   * How many changed resources have an unknown cost on either side: the totals and delta count
   * only what is known, so "will not change" is said only when this is 0.
   */
  readonly unknownResources: number;
  /** Modules whose cost changed, sorted; the root module is `''`. */
  readonly modules: readonly ModuleDelta[];
}

export interface Review {
  readonly findings: {
    /** In the head only. */
    readonly new: readonly Finding[];
    /** In the base only: the change fixed (or suppressed, or removed) them. */
    readonly fixed: readonly Finding[];
    /** In both (the head's copy): same rule, same resource instance after moves, same message but for line numbers. */
    readonly unchanged: readonly Finding[];
  };
  readonly cost: CostReview;
  /** The head's `moved` blocks, used to match the base's addresses. */
  readonly moves: readonly Move[];
}

/** Compares a base and a head analysis: findings new, fixed and unchanged, and the cost delta. */
export function reviewAnalyses(base: ReviewSide, head: ReviewSide): Review {
  const moves = head.roots.flatMap((r) => movesOf(r.evaluation).map((m) => ({ ...m, root: r.dir })));
  const movesByRoot = new Map<string, Move[]>();
  for (const m of moves) movesByRoot.set(m.root, [...(movesByRoot.get(m.root) ?? []), { from: m.from, to: m.to, file: m.file, line: m.line }]);
  const moveIn = (root: string, address: string): string => moveAddress(address, movesByRoot.get(root) ?? []);
  return {
    findings: diffFindings(base, head, moveIn),
    cost: diffCost(base, head, moveIn),
    moves: moves.map((m) => ({ from: m.from, to: m.to, file: m.file, line: m.line })),
  };
}

type MoveIn = (root: string, address: string) => string;

/** The root module a file belongs to: the first root (in path order) that read it. */
function rootOfFile(side: ReviewSide): (file: string) => string {
  const map = new Map<string, string>();
  for (const r of side.roots) for (const f of r.evaluation.files.keys()) if (!map.has(f)) map.set(f, r.dir);
  return (file) => map.get(file) ?? '';
}

/**
 * A finding's identity across revisions: rule, root module and resource instance address (after
 * moves: `module.new.aws_s3_bucket_acl.this`, `aws_instance.web[1]`), and the message without line
 * numbers. So a second call of a module, or one more count instance, with a problem the others
 * have is one new finding, though it sits at the same place. Findings about no resource (syntax
 * errors, kensa.jsonc) are tied to their file instead.
 */
export function findingKey(f: Pick<Finding, 'ruleId' | 'file'>, root: string, address: string, message: string): string {
  const where = address ? `${root}\u0000${address}` : `file:${f.file}`;
  return `${f.ruleId}\u0000${where}\u0000${normalizeMessage(message)}`;
}

/** Messages mention positions (`main.tf:12`, `line 12`); a finding that only moved must still match. */
export function normalizeMessage(message: string): string {
  return message
    .replace(/\b(lines?|L)\s*\d+(\s*[-–]\s*\d+)?/gi, '$1 #')
    .replace(/:\d+(:\d+)?\b/g, ':#')
    .replace(/\s+/g, ' ')
    .trim();
}

function diffFindings(base: ReviewSide, head: ReviewSide, moveIn: MoveIn): Review['findings'] {
  const baseRoot = rootOfFile(base);
  const headRoot = rootOfFile(head);
  // several findings may share a key (one per attribute, say): match them as multisets, in order
  const waiting = new Map<string, Finding[]>();
  for (const f of base.findings) {
    const root = f.root ?? baseRoot(f.file);
    const address = f.resourceAddress ? moveIn(root, f.resourceAddress) : '';
    // a message that names the old address names the new one after the move
    const message = address && address !== f.resourceAddress ? f.message.split(f.resourceAddress).join(address) : f.message;
    const key = findingKey(f, root, address, message);
    const list = waiting.get(key);
    if (list) list.push(f);
    else waiting.set(key, [f]);
  }
  const added: Finding[] = [];
  const unchanged: Finding[] = [];
  for (const f of head.findings) {
    const key = findingKey(f, f.root ?? headRoot(f.file), f.resourceAddress, f.message);
    const list = waiting.get(key);
    if (list?.length) {
      list.shift();
      unchanged.push(f);
    } else added.push(f);
  }
  const fixed = [...waiting.values()].flat();
  const order = (a: Finding, b: Finding): number => (a.file !== b.file ? (a.file < b.file ? -1 : 1) : a.range.start.offset - b.range.start.offset || compare(a.ruleId, b.ruleId));
  return { new: added.sort(order), fixed: fixed.sort(order), unchanged };
}

function diffCost(base: ReviewSide, head: ReviewSide, moveIn: MoveIn): CostReview {
  const before = new Map<string, { root: string; cost: ResourceCost }>();
  for (const e of base.estimates) {
    for (const r of e.estimate.resources) before.set(`${e.dir}\u0000${moveIn(e.dir, r.address)}`, { root: e.dir, cost: r });
  }
  const rows: ResourceDelta[] = [];
  const seen = new Set<string>();
  for (const e of head.estimates) {
    for (const r of e.estimate.resources) {
      const key = `${e.dir}\u0000${r.address}`;
      seen.add(key);
      const old = before.get(key)?.cost;
      const b = old ? old.monthlyCost : 0;
      const a = r.monthlyCost;
      // an unknown part that differs (known to unknown, or another reason) is a change the figures cannot show
      const unknownChanged = old !== undefined && normalizeMessage(old.unknown ?? '') !== normalizeMessage(r.unknown ?? '');
      const change: ResourceChange | undefined = !old ? 'added' : !sameCost(b, a) || unknownChanged ? 'changed' : old.address !== r.address ? 'moved' : undefined;
      if (!change) continue;
      rows.push({
        root: e.dir,
        address: r.address,
        ...(old && old.address !== r.address ? { previousAddress: old.address } : {}),
        type: r.type,
        module: r.module,
        change,
        before: b === null ? null : cents(b),
        after: a === null ? null : cents(a),
        delta: a === null || b === null ? null : cents(a - b),
        usageBasedComponents: r.usageBasedComponents,
        unknownBefore: old?.unknown ?? null,
        unknownAfter: r.unknown ?? null,
      });
    }
  }
  for (const [key, { root, cost: r }] of before) {
    if (seen.has(key)) continue;
    const b = r.monthlyCost;
    rows.push({ root, address: r.address, type: r.type, module: r.module, change: 'removed', before: b === null ? null : cents(b), after: 0, delta: b === null ? null : cents(-b), usageBasedComponents: r.usageBasedComponents, unknownBefore: r.unknown ?? null, unknownAfter: null });
  }
  rows.sort((x, y) => compare(x.root, y.root) || compare(x.module, y.module) || compare(x.address, y.address));

  const totalBefore = cents(base.estimates.reduce((s, e) => s + e.estimate.totalMonthlyCost, 0));
  const totalAfter = cents(head.estimates.reduce((s, e) => s + e.estimate.totalMonthlyCost, 0));
  const delta = cents(totalAfter - totalBefore);
  return {
    currency: 'USD',
    pricesAsOf: head.estimates[0]?.estimate.pricesAsOf ?? base.estimates[0]?.estimate.pricesAsOf ?? '',
    before: totalBefore,
    after: totalAfter,
    delta,
    deltaPercent: totalBefore === 0 ? (totalAfter === 0 ? 0 : null) : Math.round((delta / totalBefore) * 1000) / 10,
    resources: rows,
    unknownResources: rows.filter(hasUnknown).length,
    modules: moduleDeltas(rows),
  };
}

/** Per module instance (its own resources, not its children's): the known before and after of its changed resources. */
function moduleDeltas(rows: readonly ResourceDelta[]): ModuleDelta[] {
  const sums = new Map<string, { root: string; module: string; before: number; after: number; unknown: number }>();
  for (const r of rows) {
    const key = `${r.root}\u0000${r.module}`;
    const s = sums.get(key) ?? { root: r.root, module: r.module, before: 0, after: 0, unknown: 0 };
    s.before += r.before ?? 0;
    s.after += r.after ?? 0;
    if (hasUnknown(r)) s.unknown++;
    sums.set(key, s);
  }
  return [...sums.values()]
    .map((s) => ({ root: s.root, module: s.module, before: cents(s.before), after: cents(s.after), delta: cents(s.after - s.before), unknownResources: s.unknown }))
    .filter((m) => m.delta !== 0 || m.unknownResources > 0)
    .sort((x, y) => compare(x.root, y.root) || compare(x.module, y.module));
}

/** Is part of a changed resource's cost unknown on either side? */
export function hasUnknown(r: ResourceDelta): boolean {
  return r.unknownBefore !== null || r.unknownAfter !== null || r.before === null || r.after === null;
}

function sameCost(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.round(a * 100) === Math.round(b * 100);
}

function cents(n: number): number {
  // -0 prints as 0 in JSON but as "-$0" in text
  return Math.round(n * 100) / 100 || 0;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
