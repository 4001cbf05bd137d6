import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHcl, toHcl2Json } from '../src/hcl/index';
import { generateCorpus } from './corpus';

// The bench refuses a corpus with syntax errors; checking a slice here catches a broken template
// (or a parser regression on realistic input) in `npm test` rather than at bench time.
const corpus = generateCorpus(7, 2e6);

test('the corpus is deterministic for a seed and differs across seeds', () => {
  const again = generateCorpus(7, 2e6);
  assert.deepEqual(again.files, corpus.files);
  assert.notDeepEqual(generateCorpus(8, 2e5).files.slice(0, 3), corpus.files.slice(0, 3));
});

test('the corpus reaches its size with files between 1 and 30 KB', () => {
  assert.ok(corpus.bytes >= 2e6);
  assert.equal(corpus.bytes, corpus.files.reduce((sum, f) => sum + Buffer.byteLength(f.text), 0));
  for (const f of corpus.files) {
    assert.ok(f.text.length >= 1024 && f.text.length <= 30 * 1024, `${f.path}: ${f.text.length} characters`);
  }
});

test('every corpus file parses without diagnostics and converts to hcl2json JSON', () => {
  for (const f of corpus.files) {
    const tree = parseHcl(f.text, f.path);
    assert.deepEqual(tree.diagnostics.map((d) => `${d.range.start.line + 1}: ${d.summary}`), [], f.path);
    assert.doesNotThrow(() => toHcl2Json(tree), f.path);
  }
});

test('the corpus covers the constructs it promises', () => {
  const all = corpus.files.map((f) => f.text).join('\n');
  for (const construct of ['dynamic "', '<<-EOT', '<<EOF', '%{ for', '%{ if', ' for ', 'module "', 'variable "', 'locals {', 'output "', 'data "', '/*', '//', '#', '\r\n', 'jsonencode(']) {
    assert.ok(all.includes(construct), construct);
  }
});
