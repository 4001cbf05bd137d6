/**
 * The policy engine: runs every enabled rule over the resource instances of an evaluation and
 * returns findings. It dispatches rules by resource type, applies severity overrides and
 * suppressions, enforces each rule's fix contract (a rule's fixes carry its declared applicability;
 * a fix that changes nothing is dropped), and reports unused, expired and reason-less suppressions.
 * A finding belongs to one resource instance: the instances of a block with count/for_each, or of
 * a module called twice, that share a problem give one finding each (places.ts groups them for
 * the reports people read).
 */
import type { Span } from '../hcl';
import type { Severity } from '../text';
import { readsUnchanged, TypeChanges, type Evaluation, type ModuleInstance, type ResourceInstance } from '../terraform';
import { fixBuilder } from './fixes';
import { withAliases } from './aliases';
import { ownerOf } from './owners';
import { buildGraph, positionsOf, type AttributeView, type Graph, type ResourceView } from './resource-view';
import type { Category, CheckContext, Finding, PolicyOptions, Report, Rule } from './rule';
import { suppressionClaims, suppressionsOf, type Suppression } from './suppressions';

export interface RuleSetting {
  readonly enabled?: boolean;
  readonly severity?: Severity;
}

export interface PolicyConfig {
  /** Per rule id: on/off and a severity override. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Whole categories on or off (default on). */
  readonly categories?: Readonly<Partial<Record<Category, boolean>>>;
  readonly requiredTags?: readonly string[];
}

export interface PolicyRun {
  readonly rules: readonly Rule[];
  readonly config?: PolicyConfig;
  /** Today's date, YYYY-MM-DD, for `until=` on suppressions. */
  readonly today: string;
  /**
   * What the last run over the same root module with the same rules, config and today left behind:
   * checks whose inputs did not change are not run again (the editor re-runs on every keystroke).
   */
  readonly memo?: PolicyMemo;
}

/**
 * What a run of the rules over one root module leaves for the next run over it: each resource
 * instance's findings by rule id (custom rules are compiled anew for every run), and the resource types each check read across the graph. A check is
 * not run again when its instance is the same object (the evaluator reuses the instances of the
 * modules nothing changed under, positions included) and no instance of a type it read was added,
 * removed or evaluated again. Valid for one rule list, config and today: make a new one when they change.
 */
export class PolicyMemo {
  readonly checks = new WeakMap<ResourceInstance, Map<string, CheckMemo>>();
  /** Instances by type as the graph keys them (`data.` before data sources; `provider.aws`, `variable`). */
  readonly types = new TypeChanges((r) => (r.mode === 'data' ? `data.${r.type}` : r.type));
  /** How many checks the last run ran (the rest came from the memo): for tests and benchmarks. */
  checkedLastRun = 0;
}

interface CheckMemo {
  readonly findings: readonly Finding[];
  /** The resource types the check read through the graph, or 'all' when it read every resource. */
  readonly reads: ReadonlySet<string> | 'all';
}

/** The engine's own findings about suppressions: listed with the rules in docs and `kensa rules`. */
export const SUPPRESSION_RULES = {
  unused: { id: 'kensa-unused-suppression', title: 'Suppression that suppresses nothing', severity: 'warning' as Severity },
  expired: { id: 'kensa-expired-suppression', title: 'Suppression past its until= date', severity: 'warning' as Severity },
  noReason: { id: 'kensa-suppression-without-reason', title: 'Suppression without a reason', severity: 'warning' as Severity },
};

/** Runs the rules over one evaluation. Never throws: a rule that throws becomes an error finding. */
export function runPolicy(evaluation: Evaluation, run: PolicyRun): Finding[] {
  const positions = positionsOf(evaluation);
  const graph = buildGraph(evaluation, positions);
  const fix = fixBuilder(positions);
  const config = run.config ?? {};
  const options: PolicyOptions = { requiredTags: config.requiredTags ?? [] };
  const byType = new Map<string, Rule[]>();
  const off = new Set<string>();
  for (const rule of run.rules) {
    const setting = config.rules?.[rule.id];
    if (setting?.enabled === false || (setting?.enabled !== true && config.categories?.[rule.category] === false)) {
      off.add(rule.id);
      continue;
    }
    // an aliased type (aws_alb) is checked by the rules of the type it names (aws_lb), once
    for (const t of new Set(rule.targets.flatMap(withAliases))) {
      const list = byType.get(t) ?? [];
      list.push(rule);
      byType.set(t, list);
    }
  }

  const raw: Finding[] = [];
  // the owner's declaration of a companion's finding: suppressions written there apply too
  const ownerAt = new WeakMap<Finding, { readonly file: string; readonly offset: number }>();
  const memo = run.memo;
  const checked = [...graph.resources, ...graph.configBlocks];
  const changed = memo?.types.update(checked.map((v) => v.instance));
  if (memo) memo.checkedLastRun = 0;
  const check = (resource: ResourceView, rule: Rule, remembered: Map<string, CheckMemo> | undefined): void => {
    const before = remembered?.get(rule.id);
    if (before && readsUnchanged(before.reads, changed!)) {
      for (const f of before.findings) raw.push(f);
      return;
    }
    const first = raw.length;
    // what the check reads across the graph decides when its findings must be worked out again
    let reads: Set<string> | 'all' | undefined;
    let tracked: Graph | undefined;
    const read = (type: string): void => {
      if (reads === 'all') return;
      if (!reads) reads = new Set<string>([type]);
      else reads.add(type);
    };
    const severity = config.rules?.[rule.id]?.severity ?? rule.severity;
    const ctx: CheckContext = {
      resource,
      get graph(): Graph {
        if (!remembered) return graph;
        return (tracked ??= {
          get resources() {
            reads = 'all';
            return graph.resources;
          },
          get configBlocks() {
            reads = 'all';
            return graph.configBlocks;
          },
          ofType(type) {
            read(type);
            return graph.ofType(type);
          },
          referencing(target, type, attr, byValueOf) {
            read(type);
            return graph.referencing(target, type, attr, byValueOf);
          },
        });
      },
      fix,
      options,
      today: run.today,
      report(r) {
        raw.push({
          ruleId: rule.id,
          severity,
          category: rule.category,
          message: r.message,
          file: r.at.location.file,
          range: r.at.location.range,
          related: r.at.related ?? [],
          resourceAddress: resource.address,
          fixes: rule.fix ? (r.fixes ?? []).filter((f) => f.edits.length > 0).map((f) => ({ ...f, applicability: rule.fix! })) : [],
          ...(r.monthlySaving !== undefined ? { monthlySaving: r.monthlySaving } : {}),
          ...(whatIfOf(r) ?? {}),
        });
      },
      undecided(at, why) {
        if (rule.whenUnknown !== 'info') return;
        raw.push({
          ruleId: rule.id,
          severity: 'info',
          category: rule.category,
          message: `Could not check "${rule.title}": ${why}.`,
          file: at.location.file,
          range: at.location.range,
          related: at.related ?? [],
          resourceAddress: resource.address,
          fixes: [],
        });
      },
    };
    if (memo) memo.checkedLastRun++;
    try {
      rule.check(ctx);
    } catch (e) {
      raw.push({
        ruleId: rule.id,
        severity: 'error',
        category: rule.category,
        message: `Rule ${rule.id} failed on ${resource.address}: ${e instanceof Error ? e.message : String(e)}. This is a bug in Kensa; please report it.`,
        file: resource.location.file,
        range: resource.location.range,
        related: [],
        resourceAddress: resource.address,
        fixes: [],
      });
    }
    remembered?.set(rule.id, { findings: raw.slice(first), reads: reads ?? NO_READS });
  };
  const rulesOf = (resource: ResourceView): Rule[] | undefined => byType.get(resource.mode === 'data' ? `data.${resource.resourceType}` : resource.resourceType);
  for (const resource of checked) {
    const rules = rulesOf(resource);
    if (!rules) continue;
    let remembered: Map<string, CheckMemo> | undefined;
    if (memo) {
      remembered = memo.checks.get(resource.instance);
      if (!remembered) memo.checks.set(resource.instance, (remembered = new Map()));
    }
    const first = raw.length;
    for (const rule of rules) check(resource, rule, remembered);
    if (raw.length > first) {
      const owner = ownerOf(resource, graph);
      if (owner) for (let i = first; i < raw.length; i++) raw[i] = onOwner(raw[i]!, resource, owner, ownerAt);
    }
  }
  // a module block's suppression covers only its own instances
  return applySuppressions(withoutRepeats(raw), evaluation, run, graph.resources, off, ownerAt);
}

/** A check that reported the same thing twice about one instance (same rule, place and message) counts once. */
function withoutRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.ruleId}\u0000${f.resourceAddress}\u0000${f.file}\u0000${f.range.start.offset}\u0000${f.range.end.offset}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const NO_READS: ReadonlySet<string> = new Set();

/** The scenario a cost finding without a fix suggests, as edits the engine can price. */
function whatIfOf(r: Report): { whatIf: NonNullable<Finding['whatIf']> } | undefined {
  const alt = r.alternative;
  if (!alt) return undefined;
  if ('remove' in alt) return { whatIf: { remove: true } };
  const node = (r.at as Partial<AttributeView>).node;
  if (!node) return undefined;
  return { whatIf: { edits: [{ file: r.at.location.file, start: node.expr.start, end: node.expr.end, newText: alt.replace }] } };
}

/**
 * A finding about a companion (an aws_s3_bucket_acl) named for the resource it configures (the
 * bucket), as Trivy names it: the finding stays on the companion's attribute, where the setting is
 * written and the fix edits, and the owner's declaration is its first related location. A
 * suppression written above the owner covers it too.
 */
function onOwner(f: Finding, companion: ResourceView, owner: ResourceView, ownerAt: WeakMap<Finding, { file: string; offset: number }>): Finding {
  const at = owner.location;
  const moved: Finding = {
    ...f,
    resourceAddress: owner.address,
    related: [{ file: at.file, range: at.range, message: `${companion.address} configures ${owner.address}` }, ...f.related],
  };
  ownerAt.set(moved, { file: at.file, offset: at.range.start.offset });
  return moved;
}

/** `off`: the rules turned off for this run; a suppression of those only cannot be judged unused. */
function applySuppressions(
  findings: Finding[],
  evaluation: Evaluation,
  run: PolicyRun,
  resources: readonly ResourceView[],
  off: ReadonlySet<string>,
  ownerAt: WeakMap<Finding, { readonly file: string; readonly offset: number }>,
): Finding[] {
  const suppressions: Suppression[] = [];
  for (const file of evaluation.files.values()) if (file.syntax === 'native') for (const s of suppressionsOf(file)) suppressions.push(s);
  if (suppressions.length === 0) return findings;
  const positions = positionsOf(evaluation);
  const rulesById = new Map(run.rules.map((r) => [r.id, r]));
  const callChains = moduleCallChains(evaluation.root);
  const moduleOf = new Map(resources.map((r) => [r.address, r.module]));
  const used = new Set<Suppression>();
  const matches = (s: Suppression, f: Finding): boolean => {
    const rule = rulesById.get(f.ruleId);
    const idMatch =
      s.tool === 'kensa'
        ? s.ids.includes(f.ruleId) || s.ids.includes('all')
        : rule !== undefined && suppressionClaims(rule, s);
    if (!idMatch) return false;
    if (s.invalidUntil || (s.until && s.until < run.today)) return false;
    if (s.file === f.file && s.covers.start <= f.range.start.offset && f.range.start.offset < s.covers.end) return true;
    const owner = ownerAt.get(f);
    if (owner && s.file === owner.file && s.covers.start <= owner.offset && owner.offset < s.covers.end) return true;
    if (s.moduleBlock) {
      const chain = callChains.get(moduleOf.get(f.resourceAddress) ?? '') ?? [];
      return chain.some((c) => c.file === s.file && c.start === s.moduleBlock!.start);
    }
    return false;
  };
  const kept = findings.filter((f) => {
    let suppressed = false;
    for (const s of suppressions) {
      if (matches(s, f)) {
        used.add(s);
        suppressed = true;
      }
    }
    return !suppressed;
  });
  for (const s of suppressions) {
    if (s.tool !== 'kensa') continue;
    const at = positions.location(s.file, s.comment);
    const base = { category: 'governance' as Category, file: at.file, range: at.range, related: [], resourceAddress: '', fixes: [] };
    if (s.invalidUntil) {
      kept.push({ ...base, ruleId: SUPPRESSION_RULES.expired.id, severity: SUPPRESSION_RULES.expired.severity, message: `until=${s.invalidUntil} is not a date (YYYY-MM-DD), so this suppression of ${s.ids.join(', ')} does not apply: write the day it should end.` });
    } else if (s.until && s.until < run.today) {
      kept.push({ ...base, ruleId: SUPPRESSION_RULES.expired.id, severity: SUPPRESSION_RULES.expired.severity, message: `This suppression of ${s.ids.join(', ')} expired on ${s.until}: the findings it hid are reported again. Fix them, or renew the date with a reason.` });
    } else if (!used.has(s) && !s.ids.every((id) => off.has(id))) {
      kept.push({ ...base, ruleId: SUPPRESSION_RULES.unused.id, severity: SUPPRESSION_RULES.unused.severity, message: `This suppression of ${s.ids.join(', ')} matches no finding: remove it, or move it to the line above the block or attribute it is meant for.` });
    }
    if (!s.reason) {
      kept.push({ ...base, ruleId: SUPPRESSION_RULES.noReason.id, severity: SUPPRESSION_RULES.noReason.severity, message: `Say why ${s.ids.join(', ')} is suppressed here: "# kensa:ignore ${s.ids.join(',')} <reason>". Reviewers need the reason.` });
    }
  }
  return kept;
}

/** For each module instance address, the module blocks that called it, outermost first. */
function moduleCallChains(root: ModuleInstance): Map<string, { file: string; start: number }[]> {
  const out = new Map<string, { file: string; start: number }[]>();
  const walk = (m: ModuleInstance, chain: { file: string; start: number }[]): void => {
    out.set(m.address, chain);
    for (const c of m.children) walk(c, c.call ? [...chain, { file: c.call.file, start: (c.call.block as Span).start }] : chain);
  };
  walk(root, []);
  return out;
}
