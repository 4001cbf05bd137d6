/**
 * The one entry point both the extension and the CLI call: find the root modules under a directory
 * and evaluate each. Policy findings and cost estimates are computed on these evaluations.
 */
import { checkConfig } from './config-checks';
export { checkConfig };
import { DEFAULT_CONFIG, loadConfig, type KensaConfig, type PricingSettings } from './config';
import { checkUsageFile, CostMemo, estimateCost, estimateResource, money, parseUsageFile, PRICERS, type CostOptions, type Estimate, type Pricer, type UsageFile } from './cost';
import { compileCustomRule, PolicyMemo, RULES, runPolicy, type Finding, type Rule, type RuleSetting } from './policy';
import type { Diagnostic, TextEdit } from './text';
import { cachedModuleConfig, dirName, isWithin, EvalCache, evaluateConfiguration, globToRegExp, isConfigFile, joinPath, loadModuleConfig, normalizePath, overlayHost, readPlanJson, relativePath, type Evaluation, type Host, type ModuleInstance, type ResourceInstance } from './terraform';
import { applyEdits, LineIndex } from './text';
import { instanceAfterEdits } from './what-if';

/** Folders never walked: tool caches and dependencies, not the user's configuration. */
const SKIPPED = new Set(['.terraform', '.terragrunt-cache', 'node_modules', '.git']);

export interface AnalyzeOptions {
  readonly varFiles?: readonly string[];
  /**
   * Variables files for one root module each, after `varFiles`: root directory (as analyze names
   * roots: `dir` joined with the path below it) -> files. The editor's per-root picks.
   */
  readonly rootVarFiles?: Readonly<Record<string, readonly string[]>>;
  readonly vars?: Readonly<Record<string, string>>;
  readonly workspace?: string;
  readonly defaultRegion?: string;
  /** Directories (relative to the analyzed one) to leave out, with everything below them. */
  readonly exclude?: readonly string[];
  readonly cache?: EvalCache;
  /** The rules to run (default: the built-in catalogue plus kensa.jsonc's custom rules). */
  readonly rules?: readonly Rule[];
  /** Today, YYYY-MM-DD, for suppressions with until= (default: the clock). */
  readonly today?: string;
  /** Settings to use instead of looking for kensa.jsonc. */
  readonly config?: KensaConfig;
  /**
   * Price cost findings before and after their fix to state the saving (default true). Each priced
   * finding evaluates its module again; an editor refreshing on every keystroke may turn it off.
   */
  readonly savings?: boolean;
  /**
   * Run the policy rules (default true). `kensa cost` and `kensa resources` want the evaluation only:
   * with false, `findings` is empty and no rule or savings pricing runs.
   */
  readonly policy?: boolean;
  /** Rule settings by id that take precedence over kensa.jsonc's `rules` (the editor's kensa.rules). */
  readonly ruleSettings?: Readonly<Record<string, RuleSetting>>;
  /** Pricing settings that take precedence over kensa.jsonc's `pricing` (the editor's kensa.cost.*). */
  readonly pricing?: PricingSettings;
  /** An Infracost usage file to use instead of kensa.jsonc's `usageFile`, as the host names it (relative to `dir`). */
  readonly usageFile?: string;
}

export interface Analysis {
  /** One evaluation per root module, in path order. */
  readonly roots: readonly { readonly dir: string; readonly evaluation: Evaluation }[];
  /** Problems in the configuration itself (syntax, evaluation, kensa.jsonc), not policy findings. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Policy findings of every root module, one per resource instance (two instances with the same
   * problem are two findings at one place); a file two roots read reports an instance address once.
   */
  readonly findings: readonly Finding[];
  readonly config: KensaConfig;
  /** The Infracost usage file read (AnalyzeOptions.usageFile or kensa.jsonc's usageFile), if any. */
  readonly usageFile?: UsageFile;
}

/**
 * Every directory under `dir` that holds Terraform configuration files and is not called as a local
 * child module by another such directory. Sorted; `.terraform/`, `.terragrunt-cache/`, `node_modules/`
 * and hidden folders are skipped.
 */
export function findRootModules(host: Host, dir: string, exclude: readonly string[] = [], cache?: EvalCache): string[] {
  const root = normalizePath(dir);
  const isExcluded = excludeMatcher(root, exclude);
  const moduleDirs: string[] = [];
  // a directory reached again through a symbolic link (a link to a parent makes a loop) is walked once
  const seen = new Set<string>();
  // a folder linked from inside the tree to outside it is not walked: roots are found within the real tree
  const realRoot = host.realPath?.(root);
  const walk = (d: string): void => {
    if (isExcluded(d)) return;
    const real = host.realPath?.(d);
    if (real !== undefined) {
      if (seen.has(real)) return;
      seen.add(real);
      if (realRoot !== undefined && !isWithin(realRoot, real)) return;
    }
    const entries = host.readDir(d) ?? [];
    if (entries.some((e) => !e.isDirectory && isConfigFile(e.name))) moduleDirs.push(d);
    for (const e of entries) {
      if (e.isDirectory && !SKIPPED.has(e.name) && !e.name.startsWith('.')) walk(joinPath(d, e.name));
    }
  };
  walk(root);
  const called = new Set<string>();
  for (const m of moduleDirs) {
    let config;
    try {
      config = cache ? cachedModuleConfig(host, m, cache).config : loadModuleConfig(host, m);
    } catch {
      // reported when the directory is evaluated as a root (analyze isolates each root)
      continue;
    }
    for (const call of config.moduleCalls) {
      const s = call.source;
      if (s && (s.startsWith('./') || s.startsWith('../'))) called.add(joinPath(m, s));
    }
  }
  return moduleDirs.filter((m) => !called.has(m)).sort();
}

/**
 * Whether a directory is left out by `exclude`: paths relative to `root`, each a folder (left out with
 * everything below it) or a glob where `*` and `?` stay within one path segment and `**` spans any
 * number of them, with the slash after it matching at any depth (`sandbox/**`, `envs/*-old`).
 */
export function excludeMatcher(root: string, exclude: readonly string[]): (dir: string) => boolean {
  const patterns = exclude.map((e) => {
    // `sandbox/**` leaves out the folder itself too, as `sandbox` does
    const path = relativePath(root, joinPath(root, e.trim())).replace(/\/$/, '').replace(/\/\*\*$/, '');
    let re: ReturnType<typeof globToRegExp> | undefined;
    try {
      if (/[*?[{]/.test(path)) re = globToRegExp(path);
    } catch {
      // not a valid glob: taken as a folder name
    }
    if (!re) return (d: string): boolean => d === path || d.startsWith(path + '/');
    const glob = re;
    // a folder matched leaves out everything below it
    return (d: string): boolean => d.split('/').some((_, i, parts) => glob.test(parts.slice(0, i + 1).join('/')));
  });
  if (!patterns.length) return () => false;
  return (dir) => {
    const rel = relativePath(root, normalizePath(dir));
    return patterns.some((p) => p(rel));
  };
}

/**
 * Finds the root modules under `dir`, evaluates each one with the settings of the kensa.jsonc that
 * applies, and runs the policy rules over them. Never throws.
 */
export function analyze(host: Host, dir: string, options: AnalyzeOptions = {}): Analysis {
  const root = normalizePath(dir);
  const loaded = options.config ? { config: options.config, diagnostics: [] } : loadConfig(host, root);
  const config = options.pricing ? { ...loaded.config, pricing: mergePricing(loaded.config.pricing, options.pricing) } : loaded.config;
  // kensa.jsonc paths are relative to the file; the engine's are relative to `dir`
  const fromConfig = (p: string): string => (config.path ? relativePath(root, joinPath(dirName(config.path), p)) : p);
  const cache = options.cache ?? new EvalCache();
  const exclude = [...(options.exclude ?? []), ...config.exclude.map(fromConfig)];
  const varFiles = [...config.varFiles.map(fromConfig), ...(options.varFiles ?? [])];
  const defaultRegion = options.defaultRegion ?? config.pricing.region;
  const varFilesOf = (dir: string): readonly string[] => {
    const own = options.rootVarFiles?.[dir];
    return own?.length ? [...varFiles, ...own] : varFiles;
  };
  const evaluationOptions = (dir: string) => {
    const files = varFilesOf(dir);
    return {
      ...(files.length ? { varFiles: files } : {}),
      ...(options.vars ? { vars: options.vars } : {}),
      ...(options.workspace ? { workspace: options.workspace } : {}),
      ...(defaultRegion ? { defaultRegion } : {}),
    };
  };
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  // a root that fails inside Kensa is one error diagnostic; the other roots are still reported
  const roots: { dir: string; evaluation: Evaluation }[] = [];
  for (const r of findRootModules(host, root, exclude, cache)) {
    try {
      roots.push({ dir: r, evaluation: evaluateConfiguration(host, r, { cache, ...evaluationOptions(r) }) });
    } catch (e) {
      diagnostics.push(internalError(r, 'evaluating', e));
    }
  }
  const usage = readUsageFile(host, options.usageFile !== undefined ? joinPath(root, options.usageFile) : config.usageFile !== undefined ? joinPath(root, fromConfig(config.usageFile)) : undefined, roots);
  for (const d of usage.diagnostics) diagnostics.push(d);
  const costOptions = { ...costOptionsOf(config), ...(usage.file ? { usageFile: usage.file } : {}) };
  if (!options.config && config.path) {
    const text = host.readFile(config.path);
    const resources = Object.keys(config.usage).length ? roots.flatMap((r) => r.evaluation.resources) : undefined;
    if (text !== undefined) for (const d of checkConfig(text, config.path, resources)) diagnostics.push(d);
  }
  const rules = options.rules ?? [...RULES, ...config.customRules.map(compileCustomRule)];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const policyConfig = options.ruleSettings ? { ...config.policy, rules: { ...config.policy.rules, ...options.ruleSettings } } : config.policy;
  const memo = options.cache ? keptFor(policyMemos, options.cache) : undefined;
  const signature = memo ? policySignature(options.rules, policyConfig, config, today, options.savings !== false, usage.text) : '';
  const seen = new Set<string>();
  const findings: Finding[] = [];
  for (const r of roots) {
    for (const d of r.evaluation.diagnostics) {
      const k = `${d.file}:${d.range.start.offset}:${d.summary}:${d.detail ?? ''}`;
      if (seen.has(k)) continue;
      seen.add(k);
      diagnostics.push(d);
    }
    // what-if evaluations go to a fork, so they never displace the cache entries of the real files
    let whatIfCache: EvalCache | undefined;
    const evaluate = (h: Host): Evaluation => evaluateConfiguration(h, r.dir, { cache: (whatIfCache ??= cache.fork()), ...evaluationOptions(r.dir) });
    // a root whose evaluation came whole from the cache (same instance: nothing under it changed)
    // has the findings it had, under the same settings; in an edited root, only the checks of the
    // re-evaluated instances (and the checks reading their types) run again
    const remembered = memo?.get(r.dir);
    let rootFindings: readonly Finding[];
    if (options.policy === false) rootFindings = [];
    else if (remembered && remembered.root === r.evaluation.root && remembered.signature === signature) rootFindings = remembered.findings;
    else {
      try {
        const checks = remembered?.signature === signature ? remembered.checks : memo ? new PolicyMemo() : undefined;
        const policy = runPolicy(r.evaluation, { rules, config: policyConfig, today, ...(checks ? { memo: checks } : {}) });
        const priced = options.savings === false ? policy : withSavings(policy, r.evaluation, host, evaluate, costOptions);
        rootFindings = priced.map((f) => ({ ...f, root: r.dir }));
        if (memo && checks) memo.set(r.dir, { root: r.evaluation.root, signature, findings: rootFindings, checks });
      } catch (e) {
        memo?.delete(r.dir);
        diagnostics.push(internalError(r.dir, 'checking', e));
        rootFindings = [];
      }
    }
    for (const f of rootFindings) {
      // a file read by two roots (a shared module) reports its findings once per root and instance;
      // a finding about no resource (a suppression comment in a shared file) once
      const k = `${f.ruleId}:${f.resourceAddress ? `${r.dir}:${f.resourceAddress}` : ''}:${f.file}:${f.range.start.offset}:${f.range.end.offset}:${f.message}`;
      if (seen.has(k)) continue;
      seen.add(k);
      findings.push(f);
    }
  }
  for (const d of hostProblems(host)) diagnostics.push(d);
  return { roots, diagnostics, findings, config, ...(usage.file ? { usageFile: usage.file } : {}) };
}

let pricerTable: ReadonlyMap<string, Pricer> | undefined;

/**
 * The Infracost usage file at `path` (as the host names it), read and checked against the resources
 * of every root: its problems are diagnostics in the file; a file that cannot be read is one too.
 */
function readUsageFile(host: Host, path: string | undefined, roots: readonly { readonly evaluation: Evaluation }[]): { file?: UsageFile; text?: string; diagnostics: Diagnostic[] } {
  if (path === undefined) return { diagnostics: [] };
  const file = normalizePath(path);
  const text = host.readFile(file);
  if (text === undefined) {
    const zero = { offset: 0, line: 0, column: 0 };
    return { diagnostics: [{ severity: 'error', summary: 'Usage file not found', detail: `The usage file ${file} cannot be read; usage comes from kensa.jsonc alone.`, file, range: { start: zero, end: zero }, code: 'kensa-usage-file' }] };
  }
  const parsed = parseUsageFile(text, file);
  pricerTable ??= new Map(PRICERS.map((p) => [p.resource, p]));
  const checked = checkUsageFile(parsed.file, roots.flatMap((r) => r.evaluation.resources), pricerTable);
  return { file: parsed.file, text, diagnostics: [...parsed.diagnostics, ...checked] };
}

/** What the host could not read as it is, as warnings at the path (an encoding problem at its first bad character). */
function hostProblems(host: Host): Diagnostic[] {
  return (host.problems?.() ?? []).map((p) => {
    let range = { start: { offset: 0, line: 0, column: 0 }, end: { offset: 0, line: 0, column: 0 } };
    if (p.kind === 'encoding' && p.offset !== undefined) {
      const text = host.readFile(p.path) ?? '';
      range = new LineIndex(text).range(p.offset, Math.min(text.length, p.offset + 1));
    }
    const summary = p.kind === 'encoding' ? 'Invalid UTF-8' : 'Not readable';
    return { severity: 'warning' as const, summary, detail: p.detail, file: p.path, range };
  });
}

/** Where to report an internal error; the one place that says it (the project names no public tracker yet). */
export const BUG_REPORT_AT = 'the issue tracker of the repository Kensa was installed from';

/**
 * A failure inside Kensa while working on one root module, as one error diagnostic at the root's
 * directory: what failed, and what to report where. Thrown errors never leave `analyze`.
 */
export function internalError(dir: string, doing: string, e: unknown): Diagnostic {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const where = e instanceof Error && e.stack ? (e.stack.split('\n').find((l) => /^\s+at /.test(l))?.trim() ?? '') : '';
  return {
    severity: 'error',
    code: 'kensa-internal',
    summary: 'Internal error',
    detail: `Kensa failed while ${doing} the root module ${dir || '.'} (${what}${where ? `, ${where}` : ''}), so it reports nothing for it; the other root modules are reported as usual. This is a bug in Kensa; please report it at ${BUG_REPORT_AT} with this message, the Kensa version and, if you can, the smallest Terraform that shows it.`,
    file: dir,
    range: { start: { offset: 0, line: 0, column: 0 }, end: { offset: 0, line: 0, column: 0 } },
  };
}

/** A root's last findings and what its checks left for the next run. */
interface RootMemo {
  readonly root: ModuleInstance;
  readonly signature: string;
  readonly findings: readonly Finding[];
  readonly checks: PolicyMemo;
}

/** Each root's last findings, by cache (the editor keeps one cache for the session). */
const policyMemos = new WeakMap<EvalCache, Map<string, RootMemo>>();

/** Each root's cost memo, by cache. */
const costMemos = new WeakMap<EvalCache, Map<string, CostMemo>>();

/** What `kept` holds for `cache`, by root directory: a new map the first time. */
function keptFor<T>(kept: WeakMap<EvalCache, Map<string, T>>, cache: EvalCache): Map<string, T> {
  let byRoot = kept.get(cache);
  if (!byRoot) kept.set(cache, (byRoot = new Map()));
  return byRoot;
}

/** A number per rule list given by a caller, so a different list never reuses findings. */
const ruleListIds = new WeakMap<readonly Rule[], number>();
let nextRuleListId = 1;

/** Everything besides the evaluation that findings depend on. */
function policySignature(rules: readonly Rule[] | undefined, policyConfig: KensaConfig['policy'], config: KensaConfig, today: string, savings: boolean, usageText: string | undefined): string {
  let rulesId = 0;
  if (rules) {
    rulesId = ruleListIds.get(rules) ?? nextRuleListId++;
    ruleListIds.set(rules, rulesId);
  }
  return JSON.stringify([rulesId, policyConfig, config.customRules, today, savings, savings ? costOptionsOf(config) : null, savings ? (usageText ?? null) : null]);
}

/** `over` on top of `base`; commitment discounts merge service by service. */
function mergePricing(base: PricingSettings, over: PricingSettings): PricingSettings {
  const commitmentDiscount = { ...base.commitmentDiscount, ...over.commitmentDiscount };
  return { ...base, ...over, ...(Object.keys(commitmentDiscount).length ? { commitmentDiscount } : {}) };
}

/**
 * Cost findings priced per resource before and after, to bound the work: this many places at most
 * per root (each place's instances priced with it), and this many findings in all.
 */
const MAX_PRICED_PLACES = 50;
const MAX_PRICED_FINDINGS = 500;

/**
 * Puts a dollar figure on cost findings that offer a fix: the resource is priced as it is and as
 * the fix would leave it (the fix applied to an in-memory copy, the module evaluated again from the
 * cache), and the difference becomes `monthlySaving` and part of the message.
 */
function withSavings(findings: readonly Finding[], evaluation: Evaluation, host: Host, evaluate: (h: Host) => Evaluation, costOptions: CostOptions): Finding[] {
  let priced = 0;
  const places = new Set<string>();
  // the instances of one place share their fix: the configuration it leaves is evaluated once
  const afterFix = new Map<string, Evaluation | undefined>();
  let byAddress: Map<string, ResourceInstance> | undefined;
  return findings.map((f) => {
    const fix = f.fixes[0];
    const scenario = fix ? { edits: fix.edits } : f.whatIf;
    if (f.category !== 'cost' || !scenario || f.monthlySaving !== undefined || !f.resourceAddress || priced >= MAX_PRICED_FINDINGS) return f;
    const place = `${f.ruleId}:${f.file}:${f.range.start.offset}:${f.range.end.offset}`;
    if (!places.has(place)) {
      if (places.size >= MAX_PRICED_PLACES) return f;
      places.add(place);
    }
    priced++;
    const before = estimateResource(evaluation, f.resourceAddress, costOptions);
    if (before?.monthlyCost === null || before === undefined) return f;
    let afterCost = 0;
    if ('edits' in scenario && !byAddress) {
      byAddress = new Map();
      for (const x of evaluation.resources) if (!byAddress.has(x.address)) byAddress.set(x.address, x);
    }
    const instance = 'edits' in scenario ? byAddress?.get(f.resourceAddress) : undefined;
    const substituted = instance && 'edits' in scenario ? instanceAfterEdits(instance, scenario.edits) : undefined;
    if (substituted) {
      // the fix only changes literal values: price the substituted instance, no evaluation needed
      const after = estimateResource(evaluation, f.resourceAddress, costOptions, substituted);
      if (after?.monthlyCost === null || after === undefined || after.unknownComponents > before.unknownComponents) return f;
      afterCost = after.monthlyCost;
    } else if ('edits' in scenario) {
      const key = JSON.stringify(scenario.edits.map((e) => [e.file, e.start, e.end, e.newText]));
      if (!afterFix.has(key)) afterFix.set(key, evaluateAfter(host, scenario.edits, evaluate));
      const fixed = afterFix.get(key);
      if (!fixed) return f;
      const after = estimateResource(fixed, f.resourceAddress, costOptions);
      if (after?.monthlyCost === null || after === undefined || after.unknownComponents > before.unknownComponents) return f;
      afterCost = after.monthlyCost;
    }
    const saving = Math.round((before.monthlyCost - afterCost) * 100) / 100;
    if (saving <= 0) return f;
    const how = fix ? fix.title : 'remove' in scenario ? 'Removing it' : 'The change';
    return { ...f, monthlySaving: saving, message: `${f.message} ${how} saves ${money(saving)}/mo.` };
  });
}

/** The configuration as `edits` would leave it, evaluated; undefined when a file they edit cannot be read. */
function evaluateAfter(host: Host, edits: readonly TextEdit[], evaluate: (h: Host) => Evaluation): Evaluation | undefined {
  const texts = new Map<string, string>();
  for (const e of edits) {
    const text = texts.get(e.file) ?? host.readFile(e.file);
    if (text === undefined) return undefined;
    texts.set(e.file, text);
  }
  for (const [file, text] of texts) texts.set(file, applyEdits(text, edits.filter((e) => e.file === file)));
  return evaluate(overlayHost(host, texts));
}

function costOptionsOf(config: KensaConfig): CostOptions {
  const p = config.pricing;
  return {
    usage: config.usage,
    ...(p.region ? { region: p.region } : {}),
    ...(p.spotShare !== undefined ? { spotShare: p.spotShare } : {}),
    ...(p.spotDiscount !== undefined ? { spotDiscount: p.spotDiscount } : {}),
    ...(p.commitmentDiscount ? { commitmentDiscount: p.commitmentDiscount } : {}),
  };
}

/**
 * The cost estimate of every root module of an analysis, with kensa.jsonc's usage and pricing
 * settings. With the cache the analysis used (the editor's), each root keeps its prices between
 * runs and prices again only what changed.
 */
export function estimateAnalysis(analysis: Analysis, overrides: CostOptions = {}, cache?: EvalCache): { dir: string; estimate: Estimate; error?: Diagnostic }[] {
  const options: CostOptions = { ...costOptionsOf(analysis.config), ...(analysis.usageFile ? { usageFile: analysis.usageFile } : {}), ...overrides };
  const memos = cache ? keptFor(costMemos, cache) : undefined;
  return analysis.roots.map((r) => {
    let memo = memos?.get(r.dir);
    if (memos && !memo) memos.set(r.dir, (memo = new CostMemo()));
    try {
      return { dir: r.dir, estimate: estimateCost(r.evaluation, options, memo) };
    } catch (e) {
      // the other roots are still priced; this one is an empty estimate that says why
      memos?.delete(r.dir);
      const error = internalError(r.dir, 'pricing', e);
      const estimate: Estimate = { currency: 'USD', pricesAsOf: '', totalMonthlyCost: 0, resources: [], modules: [], unsupported: [], free: [], usageBasedComponents: 0, unknownComponents: 0, assumptions: [`${error.summary}: ${error.detail}`] };
      return { dir: r.dir, estimate, error };
    }
  });
}

/**
 * A Terraform plan (`terraform show -json plan.out`) as the one root of an analysis: the same rules
 * and prices, on the exact values the plan knows. Positions point into the plan file.
 */
export function analyzePlan(text: string, path: string, options: AnalyzeOptions = {}, host?: Host): Analysis {
  const config = options.config ?? DEFAULT_CONFIG;
  const evaluation = readPlanJson(text, path);
  const rules = options.rules ?? [...RULES, ...config.customRules.map(compileCustomRule)];
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const findings = runPolicy(evaluation, { rules, config: config.policy, today });
  // with a host, a usage file (options.usageFile, or kensa.jsonc's beside config.path) is read through it
  const usagePath = options.usageFile ?? (config.usageFile !== undefined && config.path ? joinPath(dirName(config.path), config.usageFile) : undefined);
  const usage = host ? readUsageFile(host, usagePath, [{ evaluation }]) : { diagnostics: [] };
  return { roots: [{ dir: dirName(path), evaluation }], diagnostics: [...evaluation.diagnostics, ...usage.diagnostics], findings, config, ...(usage.file ? { usageFile: usage.file } : {}) };
}

/**
 * A configuration problem (syntax, evaluation, kensa.jsonc) as a finding, under the rule id
 * `terraform` (or its own code, `kensa-config` for kensa.jsonc), so one `--fail-on` gates both and a
 * review counts a broken file as new.
 */
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

/** File, then offset, then rule id. */
export function byPosition(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.range.start.offset - b.range.start.offset || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

/** Every finding and problem of an analysis, sorted by file and position. */
export function allFindings(findings: readonly Finding[], diagnostics: readonly Diagnostic[]): Finding[] {
  return [...findings, ...diagnostics.map(diagnosticAsFinding)].sort(byPosition);
}

