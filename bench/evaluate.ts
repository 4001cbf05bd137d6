/**
 * Evaluation speed on a generated 1,000-file workspace (see workspace.ts): a cold load and
 * evaluation, and the incremental re-evaluation after a one-attribute edit in a leaf module and in
 * the root module with a warm cache, against parse-only time over the same files in the same run.
 * The headline is what an edit costs as a share of a full evaluation. Two references explain it:
 * a warm re-run with no edit (the fixed cost of every run), and the leaf edit through the engine's
 * `analyze`, which the CLI and the extension call (it also looks for root modules).
 */
import { analyze } from '../src/engine';
import { parseHcl } from '../src/hcl/index';
import { EvalCache, evaluateConfiguration, memoryHost, overlayHost, type Evaluation, type Host, type ModuleInstance } from '../src/terraform/index';
import { memoryUse, rateRow, timeRuns, type Timing } from './measure';
import type { BenchSection, Row } from './section';
import { editedMarker, editMarker, generateWorkspace, type Workspace } from './workspace';

const seed = 20240611;
const parseRuns = 9;
const coldRuns = 5;
const editRuns = 9;

/** The `evaluate` section. Rejects if the workspace evaluates with an error, or an edit is not seen. */
export const evaluateSection: BenchSection = {
  name: 'evaluate',
  description: 'Terraform evaluation of a 1,000-file, 100-module workspace: cold, and after a one-file edit with a warm cache',
  async run(): Promise<readonly Row[]> {
    const ws = generateWorkspace(seed);
    const host = memoryHost(ws.files);
    const tfFiles = Object.entries(ws.files).filter(([p]) => p.endsWith('.tf'));
    const bytes = Object.values(ws.files).reduce((sum, t) => sum + Buffer.byteLength(t), 0);
    const tfBytes = tfFiles.reduce((sum, [, t]) => sum + Buffer.byteLength(t), 0);

    // a block, so the first evaluation is garbage before anything is timed
    const { resources, moduleInstances, infos } = ((): { resources: number; moduleInstances: number; infos: string } => {
      const first = evaluateConfiguration(host, ws.rootDir, { cache: new EvalCache() });
      checkClean(first, 'the generated workspace');
      return { resources: first.resources.length, moduleInstances: countInstances(first.root), infos: summarize(first) };
    })();
    log(`evaluate: ${tfFiles.length} .tf files in ${ws.moduleDirs.length} modules, ${mb(bytes)} MB; ${moduleInstances} module instances, ${resources} resource instances`);

    log(`evaluate: parse-only x${parseRuns}`);
    let sink = 0;
    const parse = await timeRuns(parseRuns, () => {
      for (const [path, text] of tfFiles) sink += parseHcl(text, path).body.items.length;
    });

    log(`evaluate: cold x${coldRuns}`);
    const cold = await timeRuns(coldRuns, () => {
      sink += evaluateConfiguration(host, ws.rootDir, { cache: new EvalCache() }).resources.length;
    });

    log(`evaluate: warm re-run without edit x${editRuns}`);
    const warmCache = new EvalCache();
    evaluateConfiguration(host, ws.rootDir, { cache: warmCache });
    const noEdit = await timeRuns(editRuns, () => {
      sink += evaluateConfiguration(host, ws.rootDir, { cache: warmCache }).resources.length;
    });
    const noEditEvaluated = warmCache.evaluatedLastRun;

    log(`evaluate: leaf-module edit x${editRuns}`);
    const leaf = await timeEdits(host, ws, ws.leafEditFile, evaluateRoot);
    log(`evaluate: root-module edit x${editRuns}`);
    const root = await timeEdits(host, ws, ws.rootEditFile, evaluateRoot);
    log(`evaluate: leaf-module edit through analyze() x${editRuns}`);
    const viaEngine = await timeEdits(host, ws, ws.leafEditFile, analyzeRoot);
    if (sink === 0) throw new Error('nothing evaluated');

    const share = (t: Timing): string => `${((100 * t.medianMs) / cold.medianMs).toFixed(1)}%`;
    const memory = memoryUse();
    const editNote = (e: EditTiming, where: string): string =>
      `${where}: median ${ms(e.timing.medianMs)} ms of ${e.timing.runsMs.length} (${spread(e.timing)}), re-evaluated ${e.evaluated} of ${moduleInstances} module instances, ${share(e.timing)} of cold`;
    return [
      {
        kind: 'note',
        label: 'workspace',
        text: `${tfFiles.length} .tf files + terraform.tfvars in ${ws.moduleDirs.length} modules, ${mb(bytes)} MB (seed ${seed}); ${moduleInstances} module instances, ${resources} resource instances, 0 errors${infos}`,
      },
      rateRow('parse-only', parse, tfBytes, tfFiles.length, 'files'),
      rateRow('cold', cold, bytes, tfFiles.length, 'files'),
      { kind: 'note', label: 'cold', text: `${grouped((resources * 1000) / cold.medianMs)} resource instances/s, ${(cold.medianMs / parse.medianMs).toFixed(1)}x parse-only time; cold ${spread(cold)}, parse-only ${spread(parse)}` },
      { kind: 'note', label: 'leaf edit', text: editNote(leaf, ws.leafEditFile) },
      { kind: 'note', label: 'root edit', text: editNote(root, ws.rootEditFile) },
      { kind: 'note', label: 'no edit', text: `warm re-run of the unchanged workspace: median ${ms(noEdit.medianMs)} ms of ${noEdit.runsMs.length} (${spread(noEdit)}), re-evaluated ${noEditEvaluated} module instances, ${share(noEdit)} of cold` },
      { kind: 'note', label: 'analyze() edit', text: editNote(viaEngine, `${ws.leafEditFile} through analyze()`) },
      { kind: 'ratio', label: 'parse-only/cold', ratio: cold.medianMs / parse.medianMs },
      { kind: 'ratio', label: 'leaf-edit/cold', ratio: cold.medianMs / leaf.timing.medianMs },
      { kind: 'ratio', label: 'root-edit/cold', ratio: cold.medianMs / root.timing.medianMs },
      { kind: 'note', label: 'memory', text: `peak RSS ${mb(memory.peakRss)} MB, peak heap used ${mb(memory.peakHeapUsed)} MB` },
      { kind: 'note', label: 'headline', text: `an edit costs ${share(leaf.timing)} of a full evaluation (leaf module; root module ${share(root.timing)})` },
    ];
  },
};

interface EditTiming {
  readonly timing: Timing;
  /** Module instances the timed runs evaluated again (the same for every run). */
  readonly evaluated: number;
}

/**
 * Warms a cache on the unedited workspace, then times re-evaluations each of which changes the
 * marked attribute of `file` to a new revision: a revision never seen before, so the cache cannot
 * answer with an earlier result. The hosts are built before timing.
 */
async function timeEdits(base: Host, ws: Workspace, file: string, evaluateWith: Evaluator): Promise<EditTiming> {
  const original = ws.files[file];
  if (original === undefined || original.split(editMarker).length !== 2) throw new Error(`${file} must hold "${editMarker}" once`);
  // the warm-up run of timeRuns takes revision 1
  const hosts = Array.from({ length: editRuns + 1 }, (_, i) => overlayHost(base, new Map([[file, original.replace(editMarker, editedMarker(i + 1))]])));
  const cache = new EvalCache();
  evaluateWith(base, ws.rootDir, cache);
  let next = 0;
  const evaluated = new Set<number>();
  let last: Evaluation | undefined;
  const timing = await timeRuns(editRuns, () => {
    last = evaluateWith(hosts[next++]!, ws.rootDir, cache);
    evaluated.add(cache.evaluatedLastRun);
  });
  checkClean(last!, `the workspace after editing ${file}`);
  checkEdited(last!, file, editRuns + 1);
  if (evaluated.size !== 1) log(`evaluate: the runs after editing ${file} re-evaluated different numbers of module instances: ${[...evaluated].join(', ')}`);
  return { timing, evaluated: Math.max(...evaluated) };
}

/** How a timed run evaluates the root module with a cache. */
type Evaluator = (host: Host, dir: string, cache: EvalCache) => Evaluation;

const evaluateRoot: Evaluator = (host, dir, cache) => evaluateConfiguration(host, dir, { cache });

/** The engine's way: find the root modules under `dir` (the workspace has one), then evaluate it. */
const analyzeRoot: Evaluator = (host, dir, cache) => {
  const { roots } = analyze(host, dir, { cache, savings: false });
  if (roots.length !== 1) throw new Error(`analyze() found ${roots.length} root modules, expected 1: ${roots.map((r) => r.dir).join(', ')}`);
  return roots[0]!.evaluation;
};

/** Throws with the first error diagnostics, if any: a benchmark of broken input measures error paths. */
function checkClean(ev: Evaluation, what: string): void {
  const errors = ev.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const shown = errors.slice(0, 8).map((d) => `  ${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1}: ${d.summary}: ${d.detail ?? ''}`);
  throw new Error(`${what} must evaluate without errors; ${errors.length} errors:\n${shown.join('\n')}`);
}

/** Throws unless every instance of the security group in `file` shows revision `rev`: the edit was seen. */
function checkEdited(ev: Evaluation, file: string, rev: number): void {
  const groups = ev.resources.filter((r) => r.file === file && r.type === 'aws_security_group' && r.name === 'this');
  const expected = `Managed by Terraform (rev ${rev})`;
  const stale = groups.filter((r) => {
    const v = r.body.attributes.get('description')?.value;
    return v?.kind !== 'string' || v.value !== expected;
  });
  if (groups.length === 0 || stale.length > 0) {
    throw new Error(`after editing ${file}, ${stale.length || 'no'} instances of its security group show "${expected}": ${stale.map((r) => r.address).join(', ')}`);
  }
}

function countInstances(m: ModuleInstance): number {
  return m.children.reduce((sum, c) => sum + countInstances(c), 1);
}

/** Non-error diagnostics by summary, as a suffix for the workspace note (unknown functions show what was not measured). */
function summarize(ev: Evaluation): string {
  const counts = new Map<string, number>();
  for (const d of ev.diagnostics) counts.set(`${d.severity} "${d.summary}"`, (counts.get(`${d.severity} "${d.summary}"`) ?? 0) + 1);
  if (counts.size === 0) return ', no other diagnostics';
  return `; ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`;
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
