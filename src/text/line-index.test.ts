import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from './line-index';
import { applyEdits } from './edit';

test('positions count UTF-16 units and every kind of line break', () => {
  const text = 'a\r\nbé😀c\rd\ne';
  const lines = new LineIndex(text);
  assert.equal(lines.lineCount, 4);
  assert.deepEqual(lines.position(0), { offset: 0, line: 0, column: 0 });
  // 'c' comes after é (1 unit) and 😀 (2 units)
  assert.deepEqual(lines.position(text.indexOf('c')), { offset: 7, line: 1, column: 4 });
  assert.deepEqual(lines.position(text.indexOf('d')), { offset: 9, line: 2, column: 0 });
  assert.deepEqual(lines.position(text.indexOf('e')), { offset: 11, line: 3, column: 0 });
  assert.equal(lines.offsetAt(1, 4), 7);
  assert.equal(lines.lineEnd(0), 1);
  assert.equal(lines.offsetAt(0, 99), 1);
  assert.deepEqual(lines.position(999), { offset: text.length, line: 3, column: 1 });
});

test('edits apply in any order and refuse to overlap', () => {
  assert.equal(applyEdits('hello world', [{ start: 6, end: 11, newText: 'there' }, { start: 0, end: 0, newText: '> ' }]), '> hello there');
  assert.throws(() => applyEdits('abc', [{ start: 0, end: 2, newText: '' }, { start: 1, end: 3, newText: '' }]));
});
