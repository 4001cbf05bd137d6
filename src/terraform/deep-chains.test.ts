/**
 * Inputs whose size or depth once overflowed the JavaScript stack: long operator chains, long
 * chains and cycles of locals and resources, a count of 130,000. Each evaluates, or gives one
 * diagnostic at its position; none throws.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateConfiguration } from './evaluate';
import { memoryHost } from './host';
import type { Value } from './value';

function at(d: { file: string; range: { start: { line: number; column: number } }; summary: string }): string {
  return `${d.file}:${d.range.start.line + 1}:${d.range.start.column + 1}: ${d.summary}`;
}

function plain(v: Value | undefined): unknown {
  if (!v) return undefined;
  if (v.kind === 'number' || v.kind === 'string' || v.kind === 'bool') return v.value;
  if (v.kind === 'unknown') return `(unknown: ${v.reason})`;
  return v.kind;
}

for (const terms of [1_800, 20_000]) {
  test(`a chain of ${terms} operators is one "Nesting too deep" error at the operator past the limit; the other locals evaluate`, () => {
    const chain = Array(terms).fill('1').join(' + ');
    const ev = evaluateConfiguration(memoryHost({ 'main.tf': `locals {\n  s = ${chain}\n  t = 2\n}\n` }), '.');
    // the limit counts the block and the attribute too: the 199th "+" (after 199 terms of "1 + ") is past it
    assert.deepEqual(ev.diagnostics.map(at), ['main.tf:2:801: Nesting too deep']);
    assert.match(ev.diagnostics[0]!.detail ?? '', /up to 200 operators/);
    assert.equal(plain(ev.root.locals.get('t')), 2);
    assert.equal(plain(ev.root.locals.get('s')), '(unknown: invalid expression)');
  });
}

test('a chain of 190 operators is within the limit and adds up', () => {
  const ev = evaluateConfiguration(memoryHost({ 'main.tf': `locals {\n  s = ${Array(191).fill('1').join(' + ')}\n}\n` }), '.');
  assert.deepEqual(ev.diagnostics.map(at), []);
  assert.equal(plain(ev.root.locals.get('s')), 191);
});

function localChain(n: number): string {
  let s = 'locals {\n';
  for (let i = 0; i < n; i++) s += `  a${i} = local.a${i + 1} + 1\n`;
  return `${s}  a${n} = 0\n}\n`;
}

for (const n of [950, 10_000]) {
  test(`a chain of ${n} locals evaluates (each read before it is declared)`, () => {
    const ev = evaluateConfiguration(memoryHost({ 'main.tf': localChain(n), 'out.tf': 'output "first" {\n  value = local.a0\n}\n' }), '.');
    assert.deepEqual(ev.diagnostics.map(at), []);
    assert.equal(plain(ev.root.locals.get('a0')), n);
    assert.equal(plain(ev.root.outputs.get('first')), n);
    assert.equal(plain(ev.root.locals.get(`a${n - 1}`)), 1);
  });
}

test('a cycle of 1,000 locals is one "Cycle in local values" error, at the reference that closes it', () => {
  let s = 'locals {\n';
  for (let i = 0; i < 1000; i++) s += `  a${i} = local.a${(i + 1) % 1000}\n`;
  const ev = evaluateConfiguration(memoryHost({ 'main.tf': `${s}  ok = 1\n}\n` }), '.');
  assert.deepEqual(ev.diagnostics.map(at), ['main.tf:1001:10: Cycle in local values']);
  assert.equal(plain(ev.root.locals.get('a500')), '(unknown: cycle through local.a0)');
  assert.equal(plain(ev.root.locals.get('ok')), 1);
});

test('a cycle entered from a long chain is reported once and the chain is unknown', () => {
  // b0 -> b1 -> ... -> b2999 -> b2000: the cycle is b2000..b2999
  let s = 'locals {\n';
  for (let i = 0; i < 3000; i++) s += `  b${i} = local.b${i === 2999 ? 2000 : i + 1}\n`;
  const ev = evaluateConfiguration(memoryHost({ 'main.tf': `${s}}\n` }), '.');
  assert.equal(ev.diagnostics.length, 1);
  assert.equal(ev.diagnostics[0]!.summary, 'Cycle in local values');
  assert.match(String(plain(ev.root.locals.get('b0'))), /^\(unknown: cycle through local\.b\d+\)$/);
});

test('a chain of 3,000 resources and a chain of locals nested in brackets evaluate', () => {
  let r = '';
  for (let i = 0; i < 3000; i++) r += `resource "aws_s3_bucket" "r${i}" {\n  bucket = ${i === 2999 ? '"last"' : `aws_s3_bucket.r${i + 1}.bucket`}\n}\n`;
  // each local nests its reference 90 brackets deep (close to the parser's limit): the lazy chain and the expressions both grow the stack
  let l = 'locals {\n';
  for (let i = 0; i < 300; i++) l += `  n${i} = ${'['.repeat(90)}local.n${i + 1}${']'.repeat(90)}\n`;
  l += '  n300 = "deep"\n}\n';
  const ev = evaluateConfiguration(memoryHost({ 'main.tf': r, 'locals.tf': l }), '.');
  assert.deepEqual(ev.diagnostics.map(at), []);
  const first = ev.resources.find((x) => x.address === 'aws_s3_bucket.r0');
  assert.equal(plain(first?.body.attributes.get('bucket')?.value), 'last');
  let v = ev.root.locals.get('n0')!;
  let depth = 0;
  while (v.kind === 'list') {
    v = v.items[0]!;
    depth++;
  }
  assert.equal(depth, 90 * 300);
  assert.equal(plain(v), 'deep');
});

test('count = 130000 expands to 130,000 instances', () => {
  const ev = evaluateConfiguration(memoryHost({ 'main.tf': 'resource "aws_sqs_queue" "q" {\n  count = 130000\n  name  = "q-${count.index}"\n}\n' }), '.');
  assert.deepEqual(ev.diagnostics.map(at), []);
  assert.equal(ev.resources.length, 130_000);
  assert.equal(plain(ev.resources[129_999]!.body.attributes.get('name')?.value), 'q-129999');
});
