/**
 * The extension host's side of the editor experience, on the built bundles (dist/):
 * - activation: a fresh node process loads dist/extension.js (with a stand-in `vscode` module) and
 *   calls activate(); the reference, in the same run, is loading the engine's bundle
 *   (dist/analysis-worker.js) the same way: what activation cost when the engine was part of the
 *   extension's bundle. Target: under 50 ms.
 * - blocking: the generated 1,000-file workspace (workspace.ts) written to disk and analysed as the
 *   extension does (an analyze job: findings, estimates, module calls), while a 1 ms timer on the
 *   extension host's thread records the longest time it went without running. On the worker thread
 *   (what the extension does), against the same job run in the thread itself (the reference: the
 *   whole analysis blocks). Then one edit, sent as unsaved text, through the worker's warm cache.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { normalizePath } from '../src/terraform';
import { createJobRunner, type AnalyzeJob } from '../src/vscode/analysis-jobs';
import { AnalysisRunner } from '../src/vscode/analysis-runner';
import { fromRoot } from '../test/support/paths';
import { median } from './measure';
import type { BenchSection, Row } from './section';
import { editedMarker, editMarker, generateWorkspace } from './workspace';

const seed = 20240611;
const activationRuns = 9;
const editRuns = 7;
const ACTIVATION_TARGET_MS = 50;

/**
 * Node code that loads `bundle` with a stand-in vscode module (every name a callable, constructible
 * proxy), calls its activate() when it has one, and prints the milliseconds each took.
 */
const PROBE = `
const Module = require('module');
const any = () => new Proxy(function () {}, { get: (t, k) => (k === 'then' ? undefined : k === Symbol.iterator ? function* () {} : k === Symbol.toPrimitive ? () => '' : any()), apply: () => any(), construct: () => any(), set: () => true });
const names = ['CodeAction','CodeActionKind','CodeLens','Diagnostic','DiagnosticRelatedInformation','DiagnosticSeverity','Disposable','EventEmitter','Hover','Location','MarkdownString','Position','ProgressLocation','Range','StatusBarAlignment','Uri','ViewColumn','WorkspaceEdit','commands','env','languages','window','workspace'];
const fake = Object.fromEntries(names.map((n) => [n, any()]));
const load = Module._load;
Module._load = function (request, ...rest) { return request === 'vscode' ? fake : load.call(this, request, ...rest); };
const t0 = performance.now();
const m = require(process.argv[1]);
const t1 = performance.now();
if (typeof m.activate === 'function') m.activate({ subscriptions: [], workspaceState: any(), globalState: any(), extensionUri: any() });
const t2 = performance.now();
process.stdout.write(JSON.stringify({ load: t1 - t0, activate: t2 - t1 }));
`;

function probe(bundle: string): { load: number; activate: number } {
  const r = spawnSync(process.execPath, ['-e', PROBE, bundle], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`loading ${bundle} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { load: number; activate: number };
}

/** Runs `body` while a 1 ms timer ticks on this thread; the longest gap between ticks and the wall time. */
async function blocking<T>(body: () => Promise<T>): Promise<{ longestMs: number; wallMs: number; result: T }> {
  let last = performance.now();
  let longestMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longestMs = Math.max(longestMs, now - last);
    last = now;
  }, 1);
  const start = performance.now();
  try {
    const result = await body();
    const end = performance.now();
    longestMs = Math.max(longestMs, end - last);
    return { longestMs, wallMs: end - start, result };
  } finally {
    clearInterval(timer);
  }
}

export const extensionSection: BenchSection = {
  name: 'extension',
  description: "activation time, and the extension host's longest block while the 1,000-file workspace is analysed (worker thread vs in-thread)",
  async run(): Promise<readonly Row[]> {
    const extension = fromRoot('dist/extension.js');
    const engine = fromRoot('dist/analysis-worker.js');
    if (!existsSync(extension) || !existsSync(engine)) throw new Error('dist/extension.js or dist/analysis-worker.js is missing: run node esbuild.mjs first');

    log(`extension: activation x${activationRuns} (fresh process each), engine bundle load x${activationRuns}`);
    // interleaved, so a slow spell of the machine falls on both alike
    const activations: { load: number; activate: number }[] = [];
    const engineLoads: { load: number; activate: number }[] = [];
    for (let i = 0; i < activationRuns; i++) {
      activations.push(probe(extension));
      engineLoads.push(probe(engine));
    }
    const activationMs = median(activations.map((a) => a.load + a.activate));
    const activateOnlyMs = median(activations.map((a) => a.activate));
    const engineMs = median(engineLoads.map((a) => a.load));

    const ws = generateWorkspace(seed);
    const dir = normalizePath(mkdtempSync(join(tmpdir(), 'kensa-bench-extension-')));
    try {
      for (const [path, text] of Object.entries(ws.files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const files = Object.keys(ws.files).length;
      const job: AnalyzeJob = { kind: 'analyze', folders: [{ dir, settings: {} }], overlay: [] };

      log(`extension: ${files} files analysed on the worker thread, cold (worker start-up and engine load included)`);
      const runner = new AnalysisRunner(engine, createJobRunner);
      try {
        const cold = await blocking(async () => (await runner.run(job))!);
        const findings = cold.result[0]!.findings.length;
        if (!findings) throw new Error('the workspace analysed with no findings: nothing measured');

        log(`extension: one edit as unsaved text through the warm worker x${editRuns}`);
        const leaf = join(dir, ws.leafEditFile);
        const original = ws.files[ws.leafEditFile]!;
        const edits: { longestMs: number; wallMs: number }[] = [];
        for (let i = 0; i < editRuns; i++) {
          const text = original.replace(editMarker, editedMarker(i + 1));
          const edit = await blocking(async () => (await runner.run({ ...job, overlay: [[normalizePath(leaf), text]] }))!);
          edits.push(edit);
        }

        log(`extension: the same analysed in this thread (reference)`);
        const local = createJobRunner();
        const inThread = await blocking(async () => local.run(job));
        if (inThread.result[0]!.findings.length !== findings) throw new Error(`this thread found ${inThread.result[0]!.findings.length} findings, the worker ${findings}`);

        return [
          { kind: 'note', label: 'bundles', text: `dist/extension.js loads on activation; dist/analysis-worker.js (the engine) runs as the worker thread` },
          { kind: 'note', label: 'activation (load + activate), median', text: `${activationMs.toFixed(1)} ms (fastest ${Math.min(...activations.map((a) => a.load + a.activate)).toFixed(1)} ms; activate() alone ${activateOnlyMs.toFixed(1)} ms), target under ${ACTIVATION_TARGET_MS} ms` },
          { kind: 'note', label: 'reference: engine bundle load, median', text: `${engineMs.toFixed(1)} ms` },
          { kind: 'ratio', label: 'activation vs loading the engine (x faster)', ratio: engineMs / activationMs },
          { kind: 'note', label: 'workspace', text: `${files} files, ${findings} findings, analysed from disk` },
          { kind: 'note', label: 'in this thread (reference): longest block', text: `${inThread.longestMs.toFixed(0)} ms of ${inThread.wallMs.toFixed(0)} ms` },
          { kind: 'note', label: 'on the worker, cold: longest block', text: `${cold.longestMs.toFixed(1)} ms of ${cold.wallMs.toFixed(0)} ms (result received and cloned included)` },
          { kind: 'ratio', label: 'longest block, in thread / worker (x shorter)', ratio: inThread.longestMs / cold.longestMs },
          { kind: 'note', label: 'one edit, warm worker, median', text: `${median(edits.map((e) => e.wallMs)).toFixed(0)} ms to results, longest block ${median(edits.map((e) => e.longestMs)).toFixed(1)} ms` },
        ];
      } finally {
        runner.dispose();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
