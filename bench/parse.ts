/**
 * Parse throughput: Kensa's parser (parseHcl), Kensa's parser plus the hcl2json emitter
 * (toHcl2Json, the like-for-like output), and HashiCorp's parser as the `@cdktf/hcl2json`
 * WebAssembly build, all on the same generated corpus of at least 20 MB.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as hcl2json } from '@cdktf/hcl2json';
import { parseHcl, toHcl2Json } from '../src/hcl/index';
import { generateCorpus, type CorpusFile } from './corpus';
import { heapUsedAfterGc, memoryUse, rateRow, timeRuns } from './measure';
import { repoRoot } from '../test/support/paths';
import type { BenchSection, Row } from './section';

const seed = 20240611;
const minCorpusBytes = 20e6;
/** Kensa is timed this many times after a warm-up run; the median is reported. */
const kensaRuns = 5;
/** hcl2json is about 0.5 MB/s: one warm-up pass over a slice, then one timed pass over everything. */
const hcl2jsonRuns = 1;
const hcl2jsonWarmUpBytes = 1e6;
const target = 25;

/** The `parse` section. Rejects if any corpus file has a syntax diagnostic or hcl2json rejects it. */
export const parseSection: BenchSection = {
  name: 'parse',
  description: 'parse throughput: Kensa parseHcl (and + toHcl2Json) vs @cdktf/hcl2json',
  async run(): Promise<readonly Row[]> {
    const started = performance.now();
    const corpus = generateCorpus(seed, minCorpusBytes, fixtures());
    const { files, bytes } = corpus;
    const generatedMs = performance.now() - started;
    log(`parse: corpus ${files.length} files, ${mb(bytes)} MB, generated in ${Math.round(generatedMs)} ms`);
    checkCorpus(files);

    const retained = heapUsedAfterGc();
    const trees = files.map((f) => parseHcl(f.text, f.path));
    const treesHeap = heapUsedAfterGc() - retained;
    trees.length = 0;

    log(`parse: kensa parseHcl x${kensaRuns}`);
    let sink = 0;
    const kensa = await timeRuns(kensaRuns, () => {
      for (const f of files) sink += parseHcl(f.text, f.path).body.items.length;
    });
    log(`parse: kensa parseHcl + toHcl2Json x${kensaRuns}`);
    const kensaJson = await timeRuns(kensaRuns, () => {
      for (const f of files) if (toHcl2Json(parseHcl(f.text, f.path)) !== undefined) sink++;
    });

    log(`parse: hcl2json x${hcl2jsonRuns} (slow: about 20 s)`);
    let warmUp = 0;
    for (const f of files) {
      if (warmUp >= hcl2jsonWarmUpBytes) break;
      await hcl2json(f.path, f.text);
      warmUp += f.text.length;
    }
    const failures: string[] = [];
    const oracle = await timeRuns(
      hcl2jsonRuns,
      async () => {
        for (const f of files) {
          // A rejection is still timed work, but the corpus is then unfit: report it below.
          await hcl2json(f.path, f.text).catch((e: unknown) => failures.push(`${f.path}: ${String(e)}`));
        }
      },
      false,
    );
    if (failures.length > 0) {
      throw new Error(`hcl2json rejected ${failures.length} corpus files:\n${failures.slice(0, 5).join('\n')}`);
    }
    if (sink === 0) throw new Error('nothing parsed');

    const kensaRate = rateRow('kensa', kensa, bytes, files.length, 'files');
    const jsonRate = rateRow('kensa+toHcl2Json', kensaJson, bytes, files.length, 'files');
    const oracleRate = rateRow('hcl2json', oracle, bytes, files.length, 'files');
    const memory = memoryUse();
    return [
      { kind: 'note', label: 'corpus', text: `${files.length} files, ${mb(bytes)} MB (MB = 10^6 bytes, seed ${seed}), Kensa trees hold ${mb(treesHeap)} MB of heap` },
      kensaRate,
      jsonRate,
      oracleRate,
      { kind: 'ratio', label: 'kensa/hcl2json', ratio: oracle.medianMs / kensa.medianMs, target },
      { kind: 'ratio', label: 'kensa+toHcl2Json/hcl2json', ratio: oracle.medianMs / kensaJson.medianMs, target },
      { kind: 'note', label: 'memory', text: `peak RSS ${mb(memory.peakRss)} MB, peak heap used ${mb(memory.peakHeapUsed)} MB` },
    ];
  },
};

/** The repository's .tf fixtures, part of the mix as real-world files. */
function fixtures(): CorpusFile[] {
  const dir = join(repoRoot, 'src', 'hcl', 'testdata');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.tf'))
    .sort()
    .map((name) => ({ path: `testdata/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
}

/** Throws unless every file parses without diagnostics and converts to hcl2json's JSON. */
function checkCorpus(files: readonly CorpusFile[]): void {
  const problems: string[] = [];
  for (const f of files) {
    const tree = parseHcl(f.text, f.path);
    for (const d of tree.diagnostics) {
      const { line, column } = d.range.start;
      problems.push(`${f.path}:${line + 1}:${column + 1}: ${d.severity}: ${d.summary}`);
    }
    try {
      toHcl2Json(tree);
    } catch (e) {
      problems.push(`${f.path}: toHcl2Json: ${String(e)}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`the corpus must parse cleanly; ${problems.length} problems:\n${problems.slice(0, 10).join('\n')}`);
  }
}

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}
