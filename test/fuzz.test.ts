/**
 * Seeded fuzzing of the whole pipeline: mutants of the repository's own Terraform fixtures (the
 * rules' and pricers' fixtures, the examples) go through parsing, evaluation, every rule and every
 * pricer. Nothing may throw, and nothing may come back as Kensa's own failure (an internal error, a
 * rule that failed). Bounded in time for `npm test`; `npm run fuzz` runs longer
 * (KENSA_FUZZ_MS=60000 KENSA_FUZZ_SEED=7 to choose), and a failure prints the seed and mutant to replay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromRoot } from './support/paths';
import { analyze, estimateAnalysis } from '../src/engine';
import { parseHcl } from '../src/hcl';
import { memoryHost } from '../src/terraform';

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fixtures(): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(tf|tfvars)$/.test(name) && !name.endsWith('.fixed.tf')) out.push({ path: relative(fromRoot(), p), text: readFileSync(p, 'utf8') });
    }
  };
  for (const d of ['src/policy/rules/aws', 'src/cost/resources/aws', 'examples']) walk(fromRoot(d));
  return out;
}

/** Fragments that reach the evaluator's corners: references, expansions, operators, templates, brackets. */
const TOKENS = [
  '{', '}', '[', ']', '(', ')', '"', '${', '%{', '}', '\n', ' = ', ',', '.', '*', '?', ':', '...', '<<EOT\n', '\nEOT\n', '#', '/*', '\\', '\ufffd',
  'null', 'true', '-1', '1e309', '0x', 'local.a', 'var.x', 'each.key', 'count.index', 'self', 'module.m.out', 'data.aws_x.y.id',
  'count = 3', 'for_each = toset(["a", "b"])', 'count = -1', 'dynamic "x" {', 'content {', 'lifecycle {', 'provider = aws.nope',
  'for k, v in var.x : k => v', '[for x in [1, 2] : x if x > 1]', 'try(', 'can(', 'jsonencode(', 'cidrsubnet("10.0.0.0/16", 8, 300)', 'regex("(a+)+$", "aaaaaaaaaaaaa!")',
  'lookup({}, "k")', 'element([], 0)', 'merge(', 'concat(', 'file("../../etc/passwd")', 'templatefile("t.tpl", {})', 'tostring([])', 'tonumber("x")',
];

/** One mutant: a few edits at random places (delete, duplicate, insert a token, swap two slices). */
function mutate(text: string, r: () => number): string {
  let t = text;
  const edits = 1 + Math.floor(r() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(r() * (t.length + 1));
    const len = Math.floor(r() * 40);
    const kind = Math.floor(r() * 5);
    if (kind === 0) t = t.slice(0, at) + t.slice(at + len);
    else if (kind === 1) t = t.slice(0, at) + t.slice(at, at + len) + t.slice(at);
    else if (kind === 2 || kind === 3) t = t.slice(0, at) + TOKENS[Math.floor(r() * TOKENS.length)]! + t.slice(at);
    else {
      const other = Math.floor(r() * (t.length + 1));
      const [a, b] = at < other ? [at, other] : [other, at];
      t = t.slice(0, a) + t.slice(b, b + len) + t.slice(a + len, b) + t.slice(a, a + len) + t.slice(b + len);
    }
  }
  return t;
}

const BUDGET_MS = Number(process.env.KENSA_FUZZ_MS ?? 2500);
const SEED = Number(process.env.KENSA_FUZZ_SEED ?? 20261208);

test(`fuzz: mutants of the fixtures through parse, evaluation, rules and pricers never throw (seed ${SEED}, ${BUDGET_MS} ms)`, (t) => {
  const base = fixtures();
  assert.ok(base.length > 100, 'the fixtures are found');
  const r = rng(SEED);
  const started = Date.now();
  let mutants = 0;
  let analysed = 0;
  while (Date.now() - started < BUDGET_MS) {
    const f = base[Math.floor(r() * base.length)]!;
    const text = mutate(f.text, r);
    const where = `seed ${SEED}, mutant ${mutants} of ${f.path}:\n${text}`;
    mutants++;
    try {
      // every mutant parses; one in eight also goes through evaluation, the rules and the pricers
      const parsed = parseHcl(text, 'main.tf');
      for (const d of parsed.diagnostics) assert.ok(d.range.start.offset <= d.range.end.offset && d.range.end.offset <= text.length, `a diagnostic outside the file: ${where}`);
      if (mutants % 8 !== 0) continue;
      analysed++;
      const analysis = analyze(memoryHost({ 'main.tf': text, 'terraform.tfvars': 'x = 1\n' }), '.', { today: '2026-12-08', savings: mutants % 64 === 0 });
      const internal = analysis.diagnostics.filter((d) => d.code === 'kensa-internal');
      assert.deepEqual(internal.map((d) => d.detail), [], where);
      const failed = analysis.findings.filter((f) => /This is a bug in Kensa/.test(f.message));
      assert.deepEqual(failed.map((f) => f.message), [], where);
      const estimates = estimateAnalysis(analysis);
      assert.deepEqual(estimates.filter((e) => e.error).map((e) => e.error!.detail), [], where);
    } catch (e) {
      if (e instanceof assert.AssertionError) throw e;
      assert.fail(`threw ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n${where}`);
    }
  }
  t.diagnostic(`${mutants} mutants parsed, ${analysed} analysed in ${Date.now() - started} ms`);
  // a loaded machine runs fewer; the floor only catches a pipeline gone slow by an order of magnitude
  assert.ok(mutants >= 200, `only ${mutants} mutants in ${BUDGET_MS} ms`);
});
