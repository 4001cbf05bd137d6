/**
 * Evaluation never throws, whatever the configuration: mutated versions of the bundled example
 * project (broken syntax, wrong references, wrong types) still evaluate, with every diagnostic
 * inside its file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromRoot } from '../../test/support/paths';
import { evaluateConfiguration } from './evaluate';
import { memoryHost } from './host';

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return out;
}

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

/** Replacements that break meaning rather than syntax: references, types, counts, modules. */
const SWAPS: [RegExp, string][] = [
  [/var\.(\w+)/, 'var.missing_$1'],
  [/local\.(\w+)/, 'local.$1_gone'],
  [/= (\d+)/, '= "not a number"'],
  [/= "([^"]*)"/, '= [$1]'],
  [/count\s*=\s*[^\n]+/, 'count = -1'],
  [/for_each\s*=\s*[^\n]+/, 'for_each = ["a", "a", 3]'],
  [/source\s*=\s*"[^"]+"/, 'source = "./nowhere"'],
  [/(\w+)\(/, 'no_such_function('],
  [/\{/, ''],
  [/\}/, ''],
  [/aws_(\w+)\.(\w+)/, 'aws_$1.$2_other'],
  [/module\.(\w+)/, 'module.$1.module.$1'],
  [/default\s*=\s*[^\n]+/, 'default = null'],
];

test('hundreds of broken variants of the example project evaluate without throwing', () => {
  const base = readTree(fromRoot('examples'));
  const paths = Object.keys(base).filter((p) => p.endsWith('.tf') || p.endsWith('.tfvars') || p.endsWith('.json'));
  const r = rng(42);
  for (let i = 0; i < 300; i++) {
    const files = { ...base };
    for (let j = 0; j < 1 + Math.floor(r() * 4); j++) {
      const path = paths[Math.floor(r() * paths.length)]!;
      const text = files[path]!;
      const [pattern, replacement] = SWAPS[Math.floor(r() * SWAPS.length)]!;
      // apply at a random occurrence
      const matches = [...text.matchAll(new RegExp(pattern.source, 'g'))];
      if (!matches.length) continue;
      const m = matches[Math.floor(r() * matches.length)]!;
      files[path] = text.slice(0, m.index) + m[0].replace(pattern, replacement) + text.slice(m.index! + m[0].length);
    }
    const ev = evaluateConfiguration(memoryHost(files), '.');
    for (const d of ev.diagnostics) {
      const text = files[d.file] ?? '';
      assert.ok(d.range.start.offset <= d.range.end.offset && d.range.end.offset <= Math.max(text.length, 0) + 0, `variant ${i}: ${d.file} ${d.summary} at ${d.range.start.offset}-${d.range.end.offset} of ${text.length}`);
    }
  }
});
