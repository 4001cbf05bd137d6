import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONVERSION_FUNCTIONS } from './conversion';
import { FUNCTIONS } from './index';
import { FunctionError, type FunctionContext } from './function';
import { NULL, bool, list, map, markSensitive, num, object, set, str, tuple, unknown, type Value } from '../value';

const ctx: FunctionContext = { moduleDir: '.', readFile: () => undefined, listFiles: () => undefined, renderTemplate: () => NULL };

/** Calls a function the way the evaluator does: the unknowns policy first. */
function invoke(name: string, args: readonly Value[]): Value {
  const fn = CONVERSION_FUNCTIONS.find((f) => f.name === name);
  assert.ok(fn, name);
  assert.ok(fn.allowNull, `${name} accepts null`);
  if (fn.unknowns === 'shallow' && args.some((a) => a.kind === 'unknown')) return U;
  return fn.call(args, ctx);
}

const s = str;
const n = num;
const U = unknown('known after apply');
const T = (...items: Value[]): Value => tuple(items);

/** [function, args, expected result or the error message expected] */
const CASES: [string, Value[], Value | RegExp][] = [
  ['tobool', [bool(true)], bool(true)],
  ['tobool', [s('true')], bool(true)],
  ['tobool', [s('false')], bool(false)],
  ['tobool', [NULL], NULL],
  ['tobool', [s('no')], /cannot convert "no" to bool; only the strings "true" or "false" are allowed/],
  ['tobool', [n(1)], /cannot convert number to bool/],
  ['tonumber', [n(1)], n(1)],
  ['tonumber', [s('1')], n(1)],
  ['tonumber', [s('-1.5e2')], n(-150)],
  ['tonumber', [NULL], NULL],
  ['tonumber', [s('no')], /cannot convert "no" to number; given string must be a decimal representation of a number/],
  ['tonumber', [bool(true)], /cannot convert bool to number/],
  ['tostring', [s('hello')], s('hello')],
  ['tostring', [n(1)], s('1')],
  ['tostring', [n(1.25)], s('1.25')],
  ['tostring', [bool(true)], s('true')],
  ['tostring', [NULL], NULL],
  ['tostring', [T()], /cannot convert tuple to string/],
  ['tostring', [list([s('a')])], /cannot convert list of string to string/],
  ['tostring', [markSensitive(T())], /cannot convert this sensitive tuple to string/],
  ['tolist', [T(s('a'), s('b'), s('c'))], list([s('a'), s('b'), s('c')])],
  ['tolist', [T(s('a'), s('b'), n(3))], list([s('a'), s('b'), s('3')])],
  ['tolist', [set([s('b'), s('a')])], list([s('a'), s('b')])],
  ['tolist', [T(s('a'), U)], list([s('a'), U])],
  ['tolist', [T(n(1), bool(true))], /cannot convert tuple to list of any single type/],
  ['tolist', [object({ a: n(1) })], /cannot convert object to list of any single type/],
  ['tomap', [object({ a: s('foo'), b: bool(true) })], map({ a: s('foo'), b: s('true') })],
  ['tomap', [object({ a: s('foo'), b: T() })], /cannot convert object to map of any single type/],
  ['tomap', [T()], /cannot convert tuple to map of any single type/],
  ['toset', [T(s('a'), s('b'), s('c'))], set([s('a'), s('b'), s('c')])],
  ['toset', [T(s('a'), s('b'), s('a'))], set([s('a'), s('b')])],
  ['toset', [T(s('a'), n(3))], set([s('3'), s('a')])],
  ['toset', [T(s('c'), s('b'), s('b'))], set([s('b'), s('c')])],
  ['tolist', [U], U],
  ['tostring', [U], U],
];

test('conversion functions: results and errors as Terraform gives them', () => {
  for (const [name, args, want] of CASES) {
    const label = `${name}(${args.map((a) => JSON.stringify(a, (_k, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : v))).join(', ')})`;
    if (want instanceof RegExp) {
      assert.throws(() => invoke(name, args), (e: unknown) => e instanceof FunctionError && e.arg === 0 && want.test(e.message), label);
    } else {
      assert.deepEqual(invoke(name, args), want, label);
    }
  }
});

test('sensitive, nonsensitive and issensitive', () => {
  const secret = invoke('sensitive', [s('hunter2')]);
  assert.deepEqual(secret, { kind: 'string', value: 'hunter2', sensitive: true });
  assert.deepEqual(invoke('issensitive', [secret]), bool(true));
  assert.deepEqual(invoke('issensitive', [s('x')]), bool(false));
  assert.deepEqual(invoke('nonsensitive', [secret]), s('hunter2'));
  assert.deepEqual(invoke('nonsensitive', [s('plain')]), s('plain'));
  assert.deepEqual(invoke('sensitive', [NULL]), { kind: 'null', sensitive: true });
  const u = invoke('sensitive', [U]);
  assert.equal(u.kind, 'unknown');
  assert.equal(u.sensitive, true);
  assert.deepEqual(invoke('issensitive', [u]), bool(true));
  assert.deepEqual(invoke('issensitive', [U]), U);
  // the conversion keeps the mark, as Terraform's marks survive tostring
  assert.deepEqual(invoke('tostring', [markSensitive(n(3))]), { kind: 'string', value: '3', sensitive: true });
});

test('conversion results carry no origin', () => {
  const origin = { file: 'a.tf', start: 0, end: 1, role: 'literal' as const };
  assert.equal(invoke('tostring', [num(1, origin)]).origin, undefined);
  assert.equal(invoke('sensitive', [num(1, origin)]).origin, undefined);
});

test('conversion family names are unique and all in FUNCTIONS', () => {
  const names = CONVERSION_FUNCTIONS.map((f) => f.name);
  assert.equal(new Set(names).size, names.length);
  assert.deepEqual(names, [...names].sort());
  for (const f of CONVERSION_FUNCTIONS) assert.equal(FUNCTIONS.get(f.name), f, f.name);
  for (const special of ['try', 'can', 'type']) assert.ok(!names.includes(special), special);
});
