import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWithin, joinPath, normalizePath, normalizeSegments } from './host';

test('normalizePath: the cases a host and a module source give it', () => {
  const cases: [string, string][] = [
    ['', '.'],
    ['.', '.'],
    ['./', '.'],
    ['/', '/'],
    ['a', 'a'],
    ['a/b/c.tf', 'a/b/c.tf'],
    ['/work/a/b.tf', '/work/a/b.tf'],
    ['./a/b', 'a/b'],
    ['a/./b', 'a/b'],
    ['a/b/', 'a/b'],
    ['a//b', 'a/b'],
    ['a/../b', 'b'],
    ['../a', '../a'],
    ['a/../../b', '../b'],
    ['/a/../../b', '/b'],
    ['modules\\vpc\\main.tf', 'modules/vpc/main.tf'],
    ['a/..b/c', 'a/..b/c'],
    ['a/b../c', 'a/b../c'],
    ['.terraform/modules/x', '.terraform/modules/x'],
    ['a/.hidden/..', 'a'],
    ['a/..', '.'],
    ['..', '..'],
  ];
  for (const [input, want] of cases) assert.equal(normalizePath(input), want, JSON.stringify(input));
});

test('normalizePath: the fast path for normalized paths agrees with normalizing segment by segment', () => {
  const pieces = ['a', 'b.tf', '.', '..', '', '.x', '..y', 'z..', '\\', 'm\\n', '...'];
  let seed = 7;
  const next = (n: number): number => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed % n;
  };
  for (let i = 0; i < 5000; i++) {
    const parts = Array.from({ length: 1 + next(5) }, () => pieces[next(pieces.length)]!);
    const path = (next(3) === 0 ? '/' : '') + parts.join('/');
    assert.equal(normalizePath(path), normalizeSegments(path), JSON.stringify(path));
    const once = normalizePath(path);
    assert.equal(normalizePath(once), once, `idempotent on ${JSON.stringify(path)}`);
  }
});

test('joinPath and isWithin', () => {
  assert.equal(joinPath('modules', '../shared', 'main.tf'), 'shared/main.tf');
  assert.equal(joinPath('/work', '', 'a'), '/work/a');
  assert.ok(isWithin('.', 'a/b.tf'));
  assert.ok(!isWithin('.', '../a.tf'));
  assert.ok(isWithin('envs/prod', 'envs/prod/main.tf'));
  assert.ok(isWithin('envs/prod/', './envs/prod'));
  assert.ok(!isWithin('envs/prod', 'envs/production/main.tf'));
});
