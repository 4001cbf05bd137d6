/**
 * `kensa review [dir]`: what a branch changes against its base. Both revisions are analysed as
 * `kensa scan` and `kensa cost` would (the base from a temporary git worktree, the head from the
 * working tree or another worktree), then compared by the core's reviewAnalyses: new, fixed and
 * unchanged findings, and the monthly cost before and after per resource and module.
 */
import { statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { allFindings, analyze, estimateAnalysis } from '../../engine';
import type { KensaConfig } from '../../config';
import { money } from '../../cost';
import { compileCustomRule, findingPlaces, instancesText, RULES, type Finding } from '../../policy';
import { amount, costHeadline, findingsHeadline, hasUnknown, reviewAnalyses, reviewMarkdown, signedMoney, type Review, type ReviewSide } from '../../review';
import type { Severity } from '../../text';
import type { Command } from '../command';
import { checkoutRevision, currentBranch, defaultBase, fileAtRevision, GitError, leftOutHost, openRepository, resolveCommit, shortSha, type Checkout } from '../git';
import { nodeHost } from '../node-host';
import { UsageError, type Io } from '../output';
import { findingJson } from '../reports/findings';
import { sarifReport } from '../reports/sarif';
import { MAX_INSTANCES } from '../reports/text';
import { planAnalysis, readConfigOption, usageFileOption } from './cost';
import { planArgument, severityOption, varFilesOption } from './scan';

const FORMATS = ['text', 'json', 'markdown', 'sarif'];
const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** `--fail-on-cost-increase`: `100` or `$100` (dollars a month) or `10%`. */
export type CostGate = { readonly amount: number } | { readonly percent: number };

export function costGateOption(value: string): CostGate {
  const m = /^\s*(\$)?(\d+(?:\.\d+)?)\s*(%)?\s*$/.exec(value);
  if (!m || (m[1] && m[3])) throw new UsageError(`--fail-on-cost-increase must be an amount in dollars (100) or a percentage (10%), not "${value}"`);
  return m[3] ? { percent: Number(m[2]) } : { amount: Number(m[2]) };
}

/** Why the cost gate fails, or undefined when the increase stays within it. */
export function costGateFailure(cost: Review['cost'], gate: CostGate): string | undefined {
  if (cost.delta <= 0) return undefined;
  if ('amount' in gate) {
    return cost.delta > gate.amount ? `the monthly cost increases by ${money(cost.delta)}, more than the ${money(gate.amount)} allowed by --fail-on-cost-increase` : undefined;
  }
  if (cost.deltaPercent === null || cost.deltaPercent > gate.percent) {
    return `the monthly cost increases by ${cost.deltaPercent === null ? `${money(cost.delta)} from $0` : `${cost.deltaPercent}%`}, more than the ${gate.percent}% allowed by --fail-on-cost-increase`;
  }
  return undefined;
}

interface Side {
  readonly review: ReviewSide;
  readonly config: KensaConfig;
  readonly lineOf: (file: string, offset: number) => { line: number; column: number };
}

/** One side of a review: the Terraform at `path`, in `checkout` (its left-out files read from git) or the working tree. */
function analyzeSide(path: string, options: { varFiles: string[]; exclude: string[]; config?: KensaConfig; today: string; usageFile?: string }, checkout?: { tree: Checkout; dir: string }): Side {
  const host = checkout ? leftOutHost(nodeHost(path), checkout.tree, checkout.dir) : nodeHost(path);
  const analysis = analyze(host, '.', { varFiles: options.varFiles, exclude: options.exclude, today: options.today, ...(options.config ? { config: options.config } : {}), ...(options.usageFile !== undefined ? { usageFile: options.usageFile } : {}) });
  const roots = analysis.roots;
  return {
    review: { roots, findings: allFindings(analysis.findings, analysis.diagnostics), estimates: estimateAnalysis(analysis) },
    config: analysis.config,
    lineOf: (file, offset) => {
      for (const r of roots) {
        const f = r.evaluation.files.get(file);
        if (f) return f.lines.position(offset);
      }
      return { line: 0, column: 0 };
    },
  };
}

/**
 * Lets the event loop run: the analysis is synchronous, so a Ctrl-C or SIGTERM is handled (the
 * worktrees removed, the process ended) only between phases.
 */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function exists(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export const reviewCommand: Command = {
  name: 'review',
  summary: 'Compare a branch with its base: new and fixed findings, monthly cost delta',
  usage:
    'kensa review [dir | base.json head.json] [--base REF] [--head REF] [--format text|json|markdown|sarif] [--fail-on error|warning|info|none] [--fail-on-cost-increase AMOUNT|PERCENT] [--config FILE] [--usage-file FILE] [--var-file FILE]... [--exclude PATH]...',
  help: `Analyses the Terraform under the directory (default: the current one, taken relative to the root of
its git repository) at two revisions and compares them: the findings the change adds and fixes, and
the monthly cost per resource before and after. The base defaults to the merge base of HEAD with the
default branch (origin/HEAD, else main, else master); --base REF compares with that commit as it is.
The head defaults to the working tree, uncommitted changes included; --head REF checks out a commit.
Revisions are checked out in temporary git worktrees, removed afterwards. A finding that only moved
lines, or whose resource a "moved" block renamed, is unchanged. --format markdown writes a pull-request
comment (within GitHub's 65,536-character limit); --format sarif lists the new findings only.
Exit code 1 when a new finding is at or above --fail-on (default: error) or the monthly cost rises by
more than --fail-on-cost-increase (dollars, e.g. 100, or a percentage, e.g. 10%); 2 when a revision
cannot be found (in a shallow clone, fetch the base first). Given two plan files instead
(terraform show -json of the base's plan and of the head's), compares their planned values, no git
needed.`,
  options: {
    base: { type: 'string', description: 'the revision to compare with (default: merge base of HEAD and the default branch)' },
    head: { type: 'string', description: 'the revision to review (default: the working tree)' },
    format: { type: 'string', default: 'text', description: 'text, json, markdown or sarif' },
    'fail-on': { type: 'string', default: 'error', description: 'exit 1 on a new finding at or above error, warning or info; none to never' },
    'fail-on-cost-increase': { type: 'string', description: 'exit 1 when the monthly cost rises by more than this: dollars (100) or percent (10%)' },
    config: { type: 'string', description: 'a kensa.jsonc for both revisions instead of the nearest one in each' },
    'var-file': { type: 'string', multiple: true, description: 'a variables file for every root module, relative to the directory (repeatable)' },
    exclude: { type: 'string', multiple: true, description: 'a folder or glob to leave out, relative to the directory, added to kensa.jsonc\'s exclude (repeatable)' },
    'usage-file': { type: 'string', description: 'an Infracost usage file for both sides instead of kensa.jsonc\'s usageFile' },
  },
  async run(args, io: Io): Promise<number> {
    const format = String(args.values.format);
    if (!FORMATS.includes(format)) throw new UsageError(`--format must be ${FORMATS.join(', ')}, not "${format}"`);
    const failOn = args.values['fail-on'] === 'none' ? undefined : severityOption(args.values['fail-on'], '--fail-on');
    const gateValue = args.values['fail-on-cost-increase'] as string | undefined;
    const gate = gateValue === undefined ? undefined : costGateOption(gateValue);
    const plans = args.positionals.length === 2 && args.positionals.every((p) => planArgument([p]) !== undefined) ? (args.positionals as [string, string]) : undefined;
    if (plans) {
      if (args.values.base !== undefined || args.values.head !== undefined) throw new UsageError('--base and --head name git revisions: give either them or two plan files');
      return reviewPlans(plans, readConfigOption(args.values.config as string | undefined), usageFileOption(args.values['usage-file'], '.'), { format, failOn, gate }, io);
    }
    if (args.positionals.length > 1) throw new UsageError('kensa review takes one directory, or two plan files (base, head)');
    const dir = args.positionals[0] ?? '.';
    const headRef = args.values.head as string | undefined;
    if (headRef === undefined && !exists(dir)) throw new UsageError(`${dir}: not a directory`);
    const config = readConfigOption(args.values.config as string | undefined);
    const varFiles = (args.values['var-file'] as string[] | undefined) ?? [];
    const progress = (s: string): void => {
      io.progress(`review: ${s}`);
    };
    const checkouts: Checkout[] = [];
    try {
      const repo = openRepository(process.cwd(), dir);
      const base = args.values.base !== undefined ? { ref: String(args.values.base), sha: resolveCommit(repo, String(args.values.base)) } : defaultBase(repo);
      const head = headRef !== undefined ? { ref: headRef, sha: resolveCommit(repo, headRef) } : { ref: currentBranch(repo), sha: 'working tree' };
      const today = new Date().toISOString().slice(0, 10);
      // one usage file for both revisions, wherever each is checked out
      const usageFile = args.values['usage-file'] !== undefined ? resolve(usageFileOption(args.values['usage-file'], '.')!) : undefined;
      const options = { varFiles, exclude: (args.values.exclude as string[] | undefined) ?? [], today, ...(config ? { config } : {}), ...(usageFile !== undefined ? { usageFile } : {}) };
      const within = (top: string): string => join(top, repo.dir);
      // the files must be there in the revision reviewed (the working tree, or --head); a base
      // without them reports its own "Failed to read variables file"
      if (headRef === undefined) varFilesOption(varFiles, within(repo.root));
      else for (const f of varFiles) if (!isAbsolute(f) && !fileAtRevision(repo, head.sha, f)) throw new UsageError(`--var-file ${f}: no such file in ${head.ref}`);

      progress(`checking out ${base.ref} (${shortSha(base.sha)})`);
      const baseTree = checkoutRevision(repo, base.sha);
      checkouts.push(baseTree);
      let headTop = repo.root;
      let headTree: Checkout | undefined;
      if (headRef !== undefined) {
        progress(`checking out ${head.ref} (${shortSha(head.sha)})`);
        headTree = checkoutRevision(repo, head.sha);
        checkouts.push(headTree);
        headTop = headTree.path;
      }
      await turn();
      progress(`analysing ${base.ref}`);
      const before = analyzeSide(within(baseTree.path), options, { tree: baseTree, dir: repo.dir });
      await turn();
      progress(`analysing ${headRef === undefined ? 'the working tree' : head.ref}`);
      const after = analyzeSide(within(headTop), options, headTree ? { tree: headTree, dir: repo.dir } : undefined);
      await turn();
      const review = reviewAnalyses(before.review, after.review);
      const labels = { base: `${base.ref} (${shortSha(base.sha)})`, head: `${head.ref} (${headRef === undefined ? 'working tree' : shortSha(head.sha)})` };
      const md = (ref: string, rest: string): string => `${codeSpan(ref)} (${rest})`;
      const mdLabels = { base: md(base.ref, shortSha(base.sha)), head: md(head.ref, headRef === undefined ? 'working tree' : shortSha(head.sha)) };
      return report({ review, after, base, head, labels, mdLabels, format, failOn, gate }, io);
    } catch (e) {
      if (e instanceof GitError) {
        io.err(`kensa review: ${e.message}\n`);
        return 2;
      }
      throw e;
    } finally {
      for (const c of checkouts) c.dispose();
    }
  },
};

interface ReportOptions {
  readonly format: string;
  readonly failOn: Severity | undefined;
  readonly gate: CostGate | undefined;
}

/** Writes the review in the chosen format and returns the exit code of the gates. */
function report(r: ReportOptions & { review: Review; after: Side; base: { ref: string; sha: string }; head: { ref: string; sha: string }; labels: { base: string; head: string }; mdLabels: { base: string; head: string } }, io: Io): number {
  const { review, format, failOn, gate } = r;
  if (format === 'json') io.out(JSON.stringify(reviewJson(review, r.base, r.head), null, 2) + '\n');
  else if (format === 'markdown') io.out(reviewMarkdown(review, r.mdLabels));
  else if (format === 'sarif') {
    const rules = [...RULES, ...r.after.config.customRules.map(compileCustomRule)];
    io.out(sarifReport(review.findings.new, rules, io.version, r.after.lineOf));
  } else io.out(reviewText(review, r.labels.base, r.labels.head, io.color));

  let failed = false;
  if (failOn !== undefined) {
    const hits = review.findings.new.filter((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]).length;
    if (hits) {
      io.err(`kensa review: ${hits} new finding${hits === 1 ? '' : 's'} at or above ${failOn}\n`);
      failed = true;
    }
  }
  const why = gate && costGateFailure(review.cost, gate);
  if (why) {
    io.err(`kensa review: ${why}\n`);
    failed = true;
  }
  return failed ? 1 : 0;
}

/**
 * `kensa review base.json head.json`: two plans of one configuration (`terraform show -json`), the
 * base's planned values against the head's, priced and checked as `kensa cost` and `kensa scan`
 * do a plan. Both are one root module, so resources and findings match by address; each side's
 * settings are the nearest kensa.jsonc at or above its plan (or --config).
 */
function reviewPlans([basePath, headPath]: readonly [string, string], config: KensaConfig | undefined, usageFile: string | undefined, options: ReportOptions, io: Io): number {
  const side = (path: string): Side => {
    const analysis = planAnalysis(path, config, usageFile);
    // one root for both plans, wherever their files are
    const roots = analysis.roots.map((r) => ({ ...r, dir: '.' }));
    const findings = allFindings(analysis.findings, analysis.diagnostics).map((f) => ({ ...f, root: '.' }));
    const estimates = estimateAnalysis({ ...analysis, roots });
    const file = roots[0]!.evaluation.files.get(path);
    return { review: { roots, findings, estimates }, config: analysis.config, lineOf: (_f, offset) => file?.lines.position(offset) ?? { line: 0, column: 0 } };
  };
  io.progress(`review: analysing ${basePath}`);
  const before = side(basePath);
  io.progress(`review: analysing ${headPath}`);
  const after = side(headPath);
  const review = reviewAnalyses(before.review, after.review);
  const base = { ref: basePath, sha: 'plan' };
  const head = { ref: headPath, sha: 'plan' };
  return report({ ...options, review, after, base, head, labels: { base: `${basePath} (plan)`, head: `${headPath} (plan)` }, mdLabels: { base: `${codeSpan(basePath)} (plan)`, head: `${codeSpan(headPath)} (plan)` } }, io);
}

/** Markdown inline code for any text: a fence longer than any run of backticks inside it. */
export function codeSpan(s: string): string {
  const longest = Math.max(0, ...[...s.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest ? `${fence} ${s} ${fence}` : `${fence}${s}${fence}`;
}

/** The JSON of DESIGN.md: sides, findings new and fixed (scan's shape) with the unchanged count, and the cost delta. */
export function reviewJson(review: Review, base: { ref: string; sha: string }, head: { ref: string; sha: string }): Record<string, unknown> {
  const c = review.cost;
  return {
    version: 1,
    base,
    head,
    findings: { new: review.findings.new.map(findingJson), fixed: review.findings.fixed.map(findingJson), unchanged: review.findings.unchanged.length },
    cost: {
      before: c.before,
      after: c.after,
      delta: c.delta,
      deltaPercent: c.deltaPercent,
      currency: c.currency,
      pricesAsOf: c.pricesAsOf,
      resources: c.resources.map((r) => ({
        address: r.address,
        ...(r.previousAddress ? { previousAddress: r.previousAddress } : {}),
        root: r.root,
        module: r.module,
        type: r.type,
        change: r.change,
        before: r.before,
        after: r.after,
        delta: r.delta,
        unknownBefore: r.unknownBefore,
        unknownAfter: r.unknownAfter,
      })),
      unknownResources: c.unknownResources,
      modules: c.modules,
    },
    moved: review.moves.map((m) => ({ from: m.from, to: m.to, file: m.file, line: m.line })),
  };
}

const RED = '\u001b[31m';
const GREEN = '\u001b[32m';
const DIM = '\u001b[2m';
const BOLD = '\u001b[1m';
const RESET = '\u001b[0m';
const SEVERITY_COLOR: Record<Severity, string> = { error: RED, warning: '\u001b[33m', info: '\u001b[36m' };

/** The terminal report: headline, cost changes per resource, then new and fixed findings. */
export function reviewText(review: Review, base: string, head: string, color: boolean): string {
  const paint = (code: string, s: string): string => (color ? `${code}${s}${RESET}` : s);
  const { cost, findings } = review;
  const trend = (n: number | null): string => (n === null || n === 0 ? signedMoney(n) : paint(n > 0 ? RED : GREEN, signedMoney(n)));
  const lines = [paint(BOLD, `Kensa review: ${head} against ${base}`), ''];
  lines.push(`${costHeadline(cost)}: ${money(cost.before)} -> ${money(cost.after)} per month`);
  const multiRoot = new Set(cost.resources.map((r) => r.root)).size > 1;
  const rows = cost.resources.map((r) => [
    (multiRoot ? `${r.root}: ` : '') + r.address,
    r.change + (r.previousAddress ? ` from ${r.previousAddress}` : ''),
    `${amount(r.before, r.unknownBefore)} -> ${amount(r.after, r.unknownAfter)}`,
    r.delta,
    r.unknownAfter ?? r.unknownBefore,
    hasUnknown(r),
  ] as const);
  const w0 = Math.max(0, ...rows.map((r) => r[0].length));
  const w1 = Math.max(0, ...rows.map((r) => r[1].length));
  const w2 = Math.max(0, ...rows.map((r) => r[2].length));
  for (const r of rows) {
    lines.push(`  ${r[0].padEnd(w0)}  ${paint(DIM, r[1].padEnd(w1))}  ${r[2].padStart(w2)}  ${trend(r[3])}${r[3] !== null && r[5] ? ' + unknown' : ''}`);
    if (r[4]) lines.push(`      ${paint(DIM, `unknown: ${r[4]}`)}`);
  }
  lines.push('', `${findingsHeadline(findings)}, ${findings.unchanged.length} unchanged`);
  const list = (title: string, fs: readonly Finding[], mark: string): void => {
    if (!fs.length) return;
    lines.push('', title);
    // the instances that share a place (count, for_each, a module called twice) on one line
    for (const { finding: f, instances } of findingPlaces(fs)) {
      const s = f.range.start;
      lines.push(`${mark} ${f.file}:${s.line + 1}:${s.column + 1}: ${paint(SEVERITY_COLOR[f.severity], f.severity)} ${paint(DIM, f.ruleId)}: ${f.message}${instances.length ? paint(DIM, ` [${instancesText(instances, MAX_INSTANCES)}]`) : ''}`);
    }
  };
  list('New findings:', findings.new, paint(RED, '+'));
  list('Fixed findings:', findings.fixed, paint(GREEN, '-'));
  lines.push('', paint(DIM, `Prices as of ${cost.pricesAsOf}, USD, 730 hours a month; usage-based components without a quantity are not counted.`));
  return lines.join('\n') + '\n';
}
