/**
 * Conformance to Terraform's own tables: the cases in ../shared/conformance/terraform-eval (taken from
 * HashiCorp's tests of Terraform's functions and of HCL's expressions and templates) run through the
 * real evaluator, each as the output of a small root module, and compared with what Terraform gives:
 * the kind (list, set, tuple, map, object, ...), the value, unknown, or an error.
 *
 * The cases are read at run time, never copied here. They are found at $KENSA_CONFORMANCE_DATA, else
 * shared/ beside the repository, else shared/ beside the local repository this one was cloned from;
 * a missing folder fails the test rather than skipping it.
 *
 * Every case that still differs is listed, with the reason in words, in
 * conformance-eval.known-differences.json. The test fails when a case not listed differs, and when a
 * listed case now passes, so the list can only shrink and the pass rate only rise.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot, sharedFolder } from '../../test/support/paths';
import { formatNumber } from './coerce';
import { evaluateConfiguration } from './evaluate';
import { memoryHost } from './host';
import type { Value } from './value';

interface Expected {
  readonly kind: string;
  readonly value: unknown;
  readonly type?: string;
  readonly text?: string;
}
interface Case {
  readonly id: string;
  readonly source: string;
  readonly origin: string;
  readonly expr: string;
  readonly locals?: Readonly<Record<string, string>>;
  readonly expect?: Expected;
  readonly error?: true;
}

const DATA = sharedFolder('KENSA_CONFORMANCE_DATA', 'conformance', 'terraform-eval');


/** Every file under a fixture folder, path relative to it -> its bytes (a binary file is not text). */
function fixtureFiles(dir: string, prefix = ''): Record<string, Uint8Array> {
  const out: Record<string, Uint8Array> = {};
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) Object.assign(out, fixtureFiles(full, `${prefix}${name}/`));
    else out[`${prefix}${name}`] = new Uint8Array(readFileSync(full));
  }
  return out;
}

const fixtureCache = new Map<string, Record<string, Uint8Array>>();

/** The case's outcome in the cases' own vocabulary, or a description of what went wrong. */
function run(c: Case): { value?: Value; errors: string[] } {
  let fixtures = fixtureCache.get(c.source);
  if (!fixtures) fixtureCache.set(c.source, (fixtures = fixtureFiles(join(DATA, 'fixtures', c.source))));
  const locals = Object.entries(c.locals ?? {})
    .map(([name, expr]) => `  ${name} = ${expr}\n`)
    .join('');
  const main = `resource "terraform_data" "u" {\n  input = "x"\n}\n${locals ? `locals {\n${locals}}\n` : ''}output "result" {\n  value = ${c.expr}\n}\n`;
  const ev = evaluateConfiguration(memoryHost({ ...fixtures, 'main.tf': main }), '.');
  const errors = ev.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.summary}: ${d.detail ?? ''}`);
  return { value: ev.root.outputs.get('result'), errors };
}

/** Why `actual` is not `expected`, or undefined when they agree. */
function difference(expected: Expected, actual: Value, path = ''): string | undefined {
  const at = path || 'the result';
  const kind = kindOf(actual);
  if (kind !== expected.kind) return `${at} is ${kind}${describe(actual)}, Terraform gives ${expected.kind} ${JSON.stringify(expected.value)}`;
  switch (actual.kind) {
    case 'unknown':
    case 'null':
      return undefined;
    case 'bool':
    case 'string':
      return actual.value === expected.value ? undefined : `${at} is ${JSON.stringify(actual.value)}, Terraform gives ${JSON.stringify(expected.value)}`;
    case 'number': {
      // as cty compares numbers: by value (so -0 equals 0), the exact decimal text where Terraform gives one
      const want = expected.text ?? formatNumber(expected.value as number);
      const have = formatNumber(actual.value);
      return have === want || Number(want) === actual.value ? undefined : `${at} is ${have}, Terraform gives ${want}`;
    }
    case 'list': {
      const items = expected.value as Expected[];
      if (items.length !== actual.items.length) return `${at} has ${actual.items.length} items, Terraform gives ${items.length}`;
      // a set's elements have no order: each expected element must match one actual element
      if (actual.type === 'set') {
        const left = [...actual.items];
        for (const item of items) {
          const i = left.findIndex((x) => difference(item, x) === undefined);
          if (i < 0) return `${at} has no element ${JSON.stringify(item.value)}`;
          left.splice(i, 1);
        }
        return undefined;
      }
      for (let i = 0; i < items.length; i++) {
        const d = difference(items[i]!, actual.items[i]!, `${path}[${i}]`);
        if (d) return d;
      }
      return undefined;
    }
    case 'object': {
      const entries = expected.value as Record<string, Expected>;
      const want = Object.keys(entries).sort();
      const have = [...actual.entries.keys()].sort();
      if (want.join('\0') !== have.join('\0')) return `${at} has keys ${JSON.stringify(have)}, Terraform gives ${JSON.stringify(want)}`;
      for (const k of want) {
        const d = difference(entries[k]!, actual.entries.get(k)!, `${path}.${k}`);
        if (d) return d;
      }
      return undefined;
    }
  }
}

function kindOf(v: Value): string {
  if (v.kind === 'list' || v.kind === 'object') return v.type;
  return v.kind;
}

function describe(v: Value): string {
  switch (v.kind) {
    case 'bool':
    case 'string':
      return ` ${JSON.stringify(v.value)}`;
    case 'number':
      return ` ${formatNumber(v.value)}`;
    case 'unknown':
      return ` (${v.reason})`;
    default:
      return '';
  }
}

/** How one case went: undefined when Kensa agrees with Terraform, else what differs. */
function verdict(c: Case): string | undefined {
  let outcome: { value?: Value; errors: string[] };
  try {
    outcome = run(c);
  } catch (e) {
    return `the evaluator threw: ${(e as Error).message}`;
  }
  if (c.error) return outcome.errors.length > 0 ? undefined : `no error, Terraform rejects it (Kensa gives ${outcome.value ? kindOf(outcome.value) + describe(outcome.value) : 'nothing'})`;
  if (outcome.errors.length > 0) return `an error: ${outcome.errors[0]}`;
  if (!outcome.value) return 'no value';
  return difference(c.expect!, outcome.value);
}

test('the evaluator agrees with Terraform on its own test tables (pass rate per family)', () => {
  assert.ok(existsSync(join(DATA, 'cases.json')), `the conformance cases are missing: ${DATA} (set KENSA_CONFORMANCE_DATA)`);
  const { cases } = JSON.parse(readFileSync(join(DATA, 'cases.json'), 'utf8')) as { cases: Case[] };
  const known = JSON.parse(readFileSync(fromRoot('src', 'terraform', 'conformance-eval.known-differences.json'), 'utf8')) as Record<string, string>;
  const ids = new Set(cases.map((c) => c.id));
  const stale = Object.keys(known).filter((id) => !ids.has(id));
  const perSource = new Map<string, { passed: number; total: number }>();
  const unexpected: string[] = [];
  const nowPassing: string[] = [];
  for (const c of cases) {
    const why = verdict(c);
    const tally = perSource.get(c.source) ?? { passed: 0, total: 0 };
    perSource.set(c.source, tally);
    tally.total++;
    if (!why) tally.passed++;
    if (why && !(c.id in known)) unexpected.push(`${c.id} ${c.origin}: ${c.expr}\n    ${why}`);
    if (!why && c.id in known) nowPassing.push(`${c.id} ${c.origin}: ${c.expr}`);
  }
  let passed = 0;
  let total = 0;
  const lines: string[] = [];
  for (const [source, t] of [...perSource].sort(([a], [b]) => (a < b ? -1 : 1))) {
    passed += t.passed;
    total += t.total;
    lines.push(`  ${source.padEnd(20)} ${t.passed}/${t.total} ${((100 * t.passed) / t.total).toFixed(1)}%`);
  }
  // cases whose fix is another piece of work in progress (their reason starts with "pending:")
  const pending = Object.values(known).filter((r) => r.startsWith('pending:')).length;
  lines.push(`  ${'all'.padEnd(20)} ${passed}/${total} ${((100 * passed) / total).toFixed(1)}%`);
  if (pending > 0) lines.push(`  ${'all but pending'.padEnd(20)} ${passed}/${total - pending} ${((100 * passed) / (total - pending)).toFixed(1)}%`);
  process.stdout.write(`conformance to Terraform's tables:\n${lines.join('\n')}\n`);
  assert.deepEqual(stale, [], 'known differences name cases that no longer exist');
  assert.deepEqual(unexpected, [], 'cases that differ from Terraform and are not in conformance-eval.known-differences.json');
  assert.deepEqual(nowPassing, [], 'cases listed as known differences now agree with Terraform: take them off the list');
  // the target; the list of differences above can only shrink
  assert.ok(passed / total >= 0.98, `the pass rate ${((100 * passed) / total).toFixed(1)}% is under the target of 98%`);
});
