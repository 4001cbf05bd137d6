/**
 * Policy speed on the generated 1,000-file workspace (see workspace.ts): runPolicy with the full
 * RULES catalogue over one evaluation, against the cold evaluation of the same workspace timed in
 * the same run (the reference: a policy pass should cost a fraction of what producing its input
 * does). Then the engine's `analyze()` end to end, cold and after a one-file edit with a warm
 * cache: what the editor pays per burst of keystrokes, where only the checks of the re-evaluated
 * instances (and of the rules reading their types) run again.
 * Rules that throw are not measured faithfully (the engine turns them into error findings), so they
 * are listed with the resource and the error.
 */
import { analyze } from '../src/engine';
import { PolicyMemo, RULES, runPolicy, type Finding, type Rule } from '../src/policy/index';
import { EvalCache, evaluateConfiguration, memoryHost, overlayHost, type Evaluation, type Host } from '../src/terraform/index';
import { median, memoryUse, rateRow, timeRuns, type Timing } from './measure';
import type { BenchSection, Row } from './section';
import { editedMarker, editMarker, generateWorkspace, type Workspace } from './workspace';

const seed = 20240611;
const runs = 5;
/** A fixed date, so rules that compare with today (end of support, suppressions) find the same things every run. */
const today = '2026-01-15';

/** The `policy` section. Rejects if the workspace evaluates with an error. */
export const policySection: BenchSection = {
  name: 'policy',
  description: 'runPolicy with every rule over the 1,000-file workspace, vs its evaluation; analyze() cold (as the CLI runs it, pricing cost findings) and after a one-file edit (as the editor runs it, without pricing)',
  async run(): Promise<readonly Row[]> {
    const ws = generateWorkspace(seed);
    const host = memoryHost(ws.files);
    const tfFiles = Object.keys(ws.files).filter((p) => p.endsWith('.tf')).length;
    const bytes = Object.values(ws.files).reduce((sum, t) => sum + Buffer.byteLength(t), 0);

    const evaluation = evaluateConfiguration(host, ws.rootDir, { cache: new EvalCache() });
    checkClean(evaluation);
    const instances = evaluation.resources.length;
    const checks = ruleChecks(evaluation, RULES);
    log(`policy: ${instances} resource instances, ${RULES.length} rules, ${checks.total} rule checks over ${checks.instancesChecked} instances`);

    // Interleaved, so a busy machine slows the reference and the measured runs alike.
    log(`policy: cold evaluation (reference), runPolicy, cold analyze() interleaved x${runs}`);
    let sink = 0;
    let findings: Finding[] = [];
    let analyzed = 0;
    const [evaluate, policy, analyzeCold] = await timeInterleaved(runs, [
      () => {
        sink += evaluateConfiguration(host, ws.rootDir, { cache: new EvalCache() }).resources.length;
      },
      () => {
        findings = runPolicy(evaluation, { rules: RULES, today });
        sink += findings.length;
      },
      () => {
        analyzed = analyze(host, ws.rootDir, { cache: new EvalCache(), today }).findings.length;
        sink += analyzed;
      },
    ]);

    log(`policy: analyze() after a leaf-module edit, warm cache x${runs}`);
    const analyzeWarm = await timeEdits(host, ws, ws.leafEditFile);
    const rechecked = checksAfterEdit(host, ws, ws.leafEditFile);
    if (sink === 0) throw new Error('nothing evaluated');

    const failures = findings.filter((f) => f.severity === 'error' && f.message.startsWith(`Rule ${f.ruleId} failed on `));
    for (const f of failures) log(`policy: rule failure: ${f.message}`);
    if (analyzeWarm.stale.length > 0) log(`policy: analyze() did not see the edit of ${ws.leafEditFile}: ${analyzeWarm.stale.join(', ')}`);
    const share = (t: Timing): string => `${(t.medianMs / evaluate.medianMs).toFixed(2)}x evaluation`;
    const memory = memoryUse();
    return [
      {
        kind: 'note',
        label: 'workspace',
        text: `${tfFiles} .tf files, ${mb(bytes)} MB (seed ${seed}); ${instances} resource instances, ${RULES.length} rules; ${grouped(checks.total)} rule checks (instance x matching rule) on ${checks.instancesChecked} instances, ${checks.typesMatched} of ${checks.types} resource types targeted`,
      },
      rateRow('evaluate (cold)', evaluate, bytes, instances, 'instances'),
      rateRow('runPolicy', policy, bytes, instances, 'instances'),
      {
        kind: 'note',
        label: 'runPolicy',
        text: `${grouped((checks.total * 1000) / policy.medianMs)} rule checks/s, ${share(policy)} (${spread(policy)}; evaluation ${spread(evaluate)})`,
      },
      { kind: 'note', label: 'findings', text: describeFindings(findings) },
      {
        kind: 'note',
        label: 'rule failures',
        text: failures.length === 0 ? 'none' : `${failures.length} findings "Rule ... failed on ...": ${summarizeFailures(failures)}`,
      },
      rateRow('analyze() cold', analyzeCold, bytes, instances, 'instances'),
      {
        kind: 'note',
        label: 'analyze() cold',
        text: `${share(analyzeCold)} (${spread(analyzeCold)}), ${analyzed} findings after de-duplication across root modules`,
      },
      rateRow('analyze() edit', analyzeWarm.timing, bytes, instances, 'instances'),
      {
        kind: 'note',
        label: 'analyze() edit',
        text: `${ws.leafEditFile} edited, warm cache: ${share(analyzeWarm.timing)} (${spread(analyzeWarm.timing)}), re-evaluated ${analyzeWarm.evaluated} module instances, ran ${grouped(rechecked.ran)} of ${grouped(rechecked.of)} rule checks again (the rest remembered); a whole runPolicy would be ${pct(policy.medianMs, analyzeWarm.timing.medianMs)} of it`,
      },
      {
        kind: 'note',
        label: 'analyze() edit seen',
        text:
          analyzeWarm.stale.length === 0
            ? 'yes: every instance of the edited resource shows the new value'
            : `NO: ${analyzeWarm.stale.length} instances of the edited resource still show an old value (${analyzeWarm.stale.slice(0, 3).join(', ')}): analyze() with a reused cache returned stale results, so this timing is of a wrong answer`,
      },
      { kind: 'ratio', label: 'evaluate/runPolicy', ratio: evaluate.medianMs / policy.medianMs },
      { kind: 'ratio', label: 'analyze-cold/analyze-edit', ratio: analyzeCold.medianMs / analyzeWarm.timing.medianMs },
      { kind: 'note', label: 'memory', text: `peak RSS ${mb(memory.peakRss)} MB, peak heap used ${mb(memory.peakHeapUsed)} MB` },
    ];
  },
};

/**
 * How many (instance, rule) pairs runPolicy checks: the engine dispatches each instance to the rules
 * that target its type (data sources as `data.<type>`), so this mirrors its dispatch, not its cost.
 */
function ruleChecks(ev: Evaluation, rules: readonly Rule[]): { total: number; instancesChecked: number; types: number; typesMatched: number } {
  const byTarget = new Map<string, number>();
  for (const r of rules) for (const t of r.targets) byTarget.set(t, (byTarget.get(t) ?? 0) + 1);
  let total = 0;
  let instancesChecked = 0;
  const types = new Set<string>();
  const typesMatched = new Set<string>();
  for (const r of ev.resources) {
    const key = r.mode === 'data' ? `data.${r.type}` : r.type;
    types.add(key);
    const n = byTarget.get(key) ?? 0;
    if (n === 0) continue;
    total += n;
    instancesChecked++;
    typesMatched.add(key);
  }
  return { total, instancesChecked, types: types.size, typesMatched: typesMatched.size };
}

/**
 * Warms a cache on the unedited workspace, then times analyze() runs each of which sees the marked
 * attribute of `file` at a revision never seen before, so the cache cannot answer with an earlier result.
 */
async function timeEdits(base: Host, ws: Workspace, file: string): Promise<{ timing: Timing; evaluated: number; stale: readonly string[] }> {
  const original = ws.files[file];
  if (original === undefined || original.split(editMarker).length !== 2) throw new Error(`${file} must hold "${editMarker}" once`);
  // the warm-up run of timeRuns takes revision 1
  const hosts = Array.from({ length: runs + 1 }, (_, i) => overlayHost(base, new Map([[file, original.replace(editMarker, editedMarker(i + 1))]])));
  const cache = new EvalCache();
  analyze(base, ws.rootDir, { cache, today });
  let next = 0;
  const evaluated = new Set<number>();
  let last: Evaluation | undefined;
  const timing = await timeRuns(runs, () => {
    last = analyze(hosts[next++]!, ws.rootDir, { cache, today, savings: false }).roots[0]?.evaluation;
    evaluated.add(cache.evaluatedLastRun);
  });
  return { timing, evaluated: Math.max(...evaluated), stale: staleInstances(last, file, runs + 1) };
}

/** How many rule checks a run with a memo repeats after the edit of `file`, of how many a run without one makes. */
function checksAfterEdit(base: Host, ws: Workspace, file: string): { ran: number; of: number } {
  const cache = new EvalCache();
  const memo = new PolicyMemo();
  runPolicy(evaluateConfiguration(base, ws.rootDir, { cache }), { rules: RULES, today, memo });
  const of = memo.checkedLastRun;
  const edited = overlayHost(base, new Map([[file, ws.files[file]!.replace(editMarker, editedMarker(1))]]));
  runPolicy(evaluateConfiguration(edited, ws.rootDir, { cache }), { rules: RULES, today, memo });
  return { ran: memo.checkedLastRun, of };
}

/**
 * The instances of the edited security group in `file` that do not show revision `rev`. An edit the
 * engine did not see makes the timing that of a wrong answer: reported, not hidden, since the
 * engine and not the input is at fault.
 */
function staleInstances(ev: Evaluation | undefined, file: string, rev: number): string[] {
  if (!ev) return ['(no root module)'];
  const expected = `Managed by Terraform (rev ${rev})`;
  const groups = ev.resources.filter((r) => r.file === file && r.type === 'aws_security_group' && r.name === 'this');
  if (groups.length === 0) return [`(no aws_security_group.this in ${file})`];
  return groups
    .filter((r) => {
      const v = r.body.attributes.get('description')?.value;
      return v?.kind !== 'string' || v.value !== expected;
    })
    .map((r) => r.address);
}

/**
 * Times each body `runs` times after one warm-up each, taking turns (a, b, c, a, b, c...), so that
 * load from other processes falls on all of them rather than on whichever ran during it.
 */
async function timeInterleaved(runs: number, bodies: readonly (() => void)[]): Promise<Timing[]> {
  const times: number[][] = bodies.map(() => []);
  for (const body of bodies) body();
  for (let i = 0; i < runs; i++) {
    for (const [b, body] of bodies.entries()) times[b]!.push(...(await timeRuns(1, body, false)).runsMs);
  }
  return times.map((runsMs) => ({ runsMs, medianMs: median(runsMs) }));
}

/** Count, by severity, and the rules that fire most. */
function describeFindings(findings: readonly Finding[]): string {
  const bySeverity = countBy(findings, (f) => f.severity);
  const byRule = [...countBy(findings, (f) => f.ruleId)].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const top = byRule.slice(0, 5).map(([id, n]) => `${id} ${n}`).join(', ');
  return `${findings.length} (${[...bySeverity].map(([s, n]) => `${n} ${s}`).join(', ')}) from ${byRule.length} rules; most: ${top}`;
}

/** Each failing rule once, with how many resources it failed on, one of them, and the error. */
function summarizeFailures(failures: readonly Finding[]): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of failures) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  return [...byRule]
    .map(([id, fs]) => {
      const first = fs[0]!;
      const error = first.message.slice(`Rule ${id} failed on ${first.resourceAddress}: `.length).replace(/\. This is a bug in Kensa; please report it\.$/, '');
      return `${id} on ${fs.length} resources (e.g. ${first.resourceAddress}): ${error}`;
    })
    .join('; ');
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of items) out.set(key(item), (out.get(key(item)) ?? 0) + 1);
  return out;
}

/** Throws with the first error diagnostics, if any: a benchmark of broken input measures error paths. */
function checkClean(ev: Evaluation): void {
  const errors = ev.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const shown = errors.slice(0, 8).map((d) => `  ${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1}: ${d.summary}`);
  throw new Error(`the generated workspace must evaluate without errors; ${errors.length} errors:\n${shown.join('\n')}`);
}

function pct(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(0)}%`;
}

/** The fastest and slowest run: a wide spread means a busy machine, and medians to read with care. */
function spread(t: Timing): string {
  return `${ms(Math.min(...t.runsMs))}-${ms(Math.max(...t.runsMs))} ms`;
}

function ms(n: number): string {
  return n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : grouped(n);
}

function grouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(2);
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
