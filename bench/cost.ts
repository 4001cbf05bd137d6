/**
 * Cost estimation speed on the generated 1,000-file workspace (see workspace.ts): estimateCost over
 * one evaluation, against the cold evaluation of the same workspace timed in the same run. The
 * first use of the embedded price catalogue parses its JSON; that one-off load is timed on its own
 * so the steady-state figure is not charged with it. Pricers that throw are listed, as the
 * estimate turns them into unknown components.
 */
import { embeddedCatalogue, estimateCost, type Estimate } from '../src/cost/index';
import { EvalCache, evaluateConfiguration, memoryHost, type Evaluation } from '../src/terraform/index';
import { memoryUse, rateRow, timeRuns, type Timing } from './measure';
import type { BenchSection, Row } from './section';
import { generateWorkspace } from './workspace';

const seed = 20240611;
const runs = 5;

/** The `cost` section. Rejects if the workspace evaluates with an error or nothing is priced. */
export const costSection: BenchSection = {
  name: 'cost',
  description: 'estimateCost over the 1,000-file workspace, vs its evaluation; the one-off catalogue load',
  async run(): Promise<readonly Row[]> {
    const ws = generateWorkspace(seed);
    const host = memoryHost(ws.files);
    const tfFiles = Object.keys(ws.files).filter((p) => p.endsWith('.tf')).length;
    const bytes = Object.values(ws.files).reduce((sum, t) => sum + Buffer.byteLength(t), 0);

    // Before anything prices: the catalogue is parsed once per process, on first use.
    const loadStart = performance.now();
    const catalogue = embeddedCatalogue();
    const loadMs = performance.now() - loadStart;
    const againStart = performance.now();
    embeddedCatalogue();
    const againMs = performance.now() - againStart;

    const evaluation = evaluateConfiguration(host, ws.rootDir, { cache: new EvalCache() });
    checkClean(evaluation);
    const managed = evaluation.resources.filter((r) => r.mode === 'managed').length;
    log(`cost: ${evaluation.resources.length} resource instances (${managed} managed), catalogue loaded in ${ms(loadMs)} ms`);

    log(`cost: cold evaluation (reference) x${runs}`);
    let sink = 0;
    const evaluate = await timeRuns(runs, () => {
      sink += evaluateConfiguration(host, ws.rootDir, { cache: new EvalCache() }).resources.length;
    });

    log(`cost: estimateCost x${runs}`);
    let estimate: Estimate | undefined;
    const cost = await timeRuns(runs, () => {
      estimate = estimateCost(evaluation, { catalogue });
      sink += estimate.resources.length;
    });
    if (sink === 0 || !estimate || estimate.resources.length === 0) throw new Error('nothing priced');

    const failures = pricerFailures(estimate);
    for (const f of failures) log(`cost: pricer failure: ${f}`);
    const memory = memoryUse();
    return [
      {
        kind: 'note',
        label: 'workspace',
        text: `${tfFiles} .tf files, ${mb(bytes)} MB (seed ${seed}); ${evaluation.resources.length} resource instances, ${managed} managed`,
      },
      { kind: 'note', label: 'catalogue', text: `first use (parse the embedded JSON) ${ms(loadMs)} ms, once per process; later calls ${ms(againMs)} ms; prices as of ${catalogue.pricesAsOf()}` },
      rateRow('evaluate (cold)', evaluate, bytes, evaluation.resources.length, 'instances'),
      rateRow('estimateCost', cost, bytes, estimate.resources.length, 'priced'),
      {
        kind: 'note',
        label: 'estimateCost',
        text: `${grouped((managed * 1000) / cost.medianMs)} managed instances/s, ${(cost.medianMs / evaluate.medianMs).toFixed(2)}x evaluation (${spread(cost)}; evaluation ${spread(evaluate)})`,
      },
      { kind: 'note', label: 'resources', text: describeEstimate(estimate) },
      { kind: 'note', label: 'pricer failures', text: failures.length === 0 ? 'none' : `${failures.length}: ${failures.slice(0, 5).join('; ')}` },
      { kind: 'ratio', label: 'evaluate/estimateCost', ratio: evaluate.medianMs / cost.medianMs },
      { kind: 'note', label: 'memory', text: `peak RSS ${mb(memory.peakRss)} MB, peak heap used ${mb(memory.peakHeapUsed)} MB` },
    ];
  },
};

/** Priced, free and unsupported counts, the total, what the total leaves out, and the unsupported types. */
function describeEstimate(e: Estimate): string {
  const unsupportedTypes = [...new Set(e.unsupported.map((u) => u.type))].sort();
  const withoutTotal = e.resources.filter((r) => r.monthlyCost === null).length;
  // a priced type whose key the catalogue lacks in a region is a catalogue gap, not usage
  const noPrice = e.resources.flatMap((r) => r.components).filter((c) => c.note?.startsWith('no price for')).length;
  return [
    `${e.resources.length} priced, ${e.free.length} free, ${e.unsupported.length} unsupported`,
    `total $${e.totalMonthlyCost.toFixed(2)}/month`,
    `${e.usageBasedComponents} usage-based and ${e.unknownComponents} unknown components left out of it${withoutTotal ? `, ${withoutTotal} resources with an unknown count` : ''}, ${noPrice} components with no catalogue price in their region`,
    `unsupported types: ${unsupportedTypes.length === 0 ? 'none' : unsupportedTypes.join(', ')}`,
  ].join('; ');
}

/** Each pricer that threw, once, with a resource it threw on and its message. */
function pricerFailures(e: Estimate): string[] {
  const byType = new Map<string, string>();
  for (const r of e.resources) {
    for (const c of r.components) {
      if (c.note?.includes(`the ${r.type} pricer failed`) && !byType.has(r.type)) byType.set(r.type, `${r.address}: ${c.note}`);
    }
  }
  return [...byType.values()];
}

/** Throws with the first error diagnostics, if any: a benchmark of broken input measures error paths. */
function checkClean(ev: Evaluation): void {
  const errors = ev.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return;
  const shown = errors.slice(0, 8).map((d) => `  ${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1}: ${d.summary}`);
  throw new Error(`the generated workspace must evaluate without errors; ${errors.length} errors:\n${shown.join('\n')}`);
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
