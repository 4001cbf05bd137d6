import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COLLECTION_FUNCTIONS } from './collection';
import { FUNCTIONS } from './index';
import { FunctionError, type FunctionContext, type TfFunction } from './function';
import { NULL, bool, isWhollyKnown, list, map, num, object, set, str, tuple, unknown, type Value } from '../value';

const ctx: FunctionContext = {
  moduleDir: '.',
  readFile: () => undefined,
  listFiles: () => undefined,
  renderTemplate: () => NULL,
};

/** Calls a function the way the evaluator does: null check and unknowns policy first. */
function invoke(fns: readonly TfFunction[], name: string, args: readonly Value[]): Value {
  const fn = fns.find((f) => f.name === name);
  assert.ok(fn, name);
  if (!fn.allowNull && args.some((a) => a.kind === 'null')) throw new FunctionError('argument must not be null');
  const policy = fn.unknowns ?? 'propagate';
  if (policy === 'propagate' && args.some((a) => !isWhollyKnown(a))) return U;
  if (policy === 'shallow' && args.some((a) => a.kind === 'unknown')) return U;
  return fn.call(args, ctx);
}

const s = str;
const n = num;
const U = unknown('known after apply');
const T = (...items: Value[]): Value => tuple(items);
const L = (...items: Value[]): Value => list(items);
const S = (...items: Value[]): Value => set(items);
const ss = (...items: string[]): Value[] => items.map((x) => s(x));
const ns = (...items: number[]): Value[] => items.map((x) => n(x));

/** [function, args, expected result or the error message expected] */
type Case = [string, Value[], Value | RegExp];

const CASES: Case[] = [
  ['alltrue', [T(s('true'), bool(true))], bool(true)],
  ['alltrue', [T(bool(true), bool(false))], bool(false)],
  ['alltrue', [T()], bool(true)],
  ['alltrue', [T(bool(true), U)], U],
  ['alltrue', [T(bool(false), U)], bool(false)],
  ['alltrue', [T(n(1))], /element 0: bool required/],
  ['anytrue', [T(s('true'))], bool(true)],
  ['anytrue', [T(bool(true), bool(false))], bool(true)],
  ['anytrue', [T()], bool(false)],
  ['anytrue', [T(U, bool(true))], bool(true)],
  ['anytrue', [T(U, bool(false))], U],

  ['chunklist', [T(...ss('a', 'b', 'c', 'd', 'e')), n(2)], L(L(...ss('a', 'b')), L(...ss('c', 'd')), L(s('e')))],
  ['chunklist', [T(...ss('a', 'b', 'c', 'd', 'e')), n(1)], L(L(s('a')), L(s('b')), L(s('c')), L(s('d')), L(s('e')))],
  ['chunklist', [T(...ss('a', 'b')), n(0)], L(L(...ss('a', 'b')))],
  ['chunklist', [T(), n(3)], L()],
  ['chunklist', [T(s('a')), n(-1)], /the size argument must be positive/],
  ['chunklist', [T(s('a')), n(1.5)], /value must be a whole number/],

  ['coalesce', [s('a'), s('b')], s('a')],
  ['coalesce', [s(''), s('b')], s('b')],
  ['coalesce', [n(1), n(2)], n(1)],
  ['coalesce', [NULL, n(1), s('x')], s('1')],
  ['coalesce', [NULL, s('')], /no non-null, non-empty-string arguments/],
  ['coalesce', [s(''), U, s('b')], U],
  ['coalesce', [s('a'), U], s('a')],
  ['coalesce', [T(s('a')), s('b')], /all arguments must have the same type/],
  ['coalescelist', [T(...ss('a', 'b')), T(...ss('c', 'd'))], T(...ss('a', 'b'))],
  ['coalescelist', [T(), T(...ss('c', 'd'))], T(...ss('c', 'd'))],
  ['coalescelist', [T(), U], U],
  ['coalescelist', [T(), T()], /no non-null arguments/],
  ['coalescelist', [s('a')], /must be lists or tuples/],

  ['compact', [T(...ss('a', '', 'b'), NULL, s('c'))], L(...ss('a', 'b', 'c'))],
  ['compact', [T(s('a'), n(1))], L(...ss('a', '1'))],
  ['compact', [T(s('a'), U)], U],

  ['concat', [T(...ss('a', '')), T(...ss('b', 'c'))], T(...ss('a', '', 'b', 'c'))],
  ['concat', [L(...ss('a')), L(...ss('b'))], L(...ss('a', 'b'))],
  ['concat', [L(...ss('a')), L(...ns(1))], L(...ss('a', '1'))],
  ['concat', [L(...ss('a')), T(n(1))], T(s('a'), n(1))],
  ['concat', [T(U), T(s('x'))], T(U, s('x'))],
  ['concat', [T(), S(s('a'))], /all arguments must be lists or tuples; got set of string/],
  ['concat', [], /at least one argument is required/],

  ['contains', [T(...ss('a', 'b', 'c')), s('a')], bool(true)],
  ['contains', [T(...ss('a', 'b', 'c')), s('d')], bool(false)],
  ['contains', [T(...ns(1, 2)), s('1')], bool(false)],
  ['contains', [S(...ss('a')), s('a')], bool(true)],
  ['contains', [T(U, s('a')), s('a')], bool(true)],
  ['contains', [T(U, s('a')), s('b')], U],
  ['contains', [object({ a: s('a') }), s('a')], /argument must be list, tuple, or set/],

  ['distinct', [T(...ss('a', 'b', 'a', 'c', 'd', 'b'))], L(...ss('a', 'b', 'c', 'd'))],
  ['distinct', [T(n(1), s('1'))], L(s('1'))],

  ['element', [T(...ss('a', 'b', 'c')), n(1)], s('b')],
  ['element', [T(...ss('a', 'b', 'c')), n(3)], s('a')],
  ['element', [T(...ss('a', 'b', 'c')), n(-1)], s('c')],
  ['element', [T(...ss('a', 'b', 'c')), s('1')], s('b')],
  ['element', [T(s('a'), U), n(0)], s('a')],
  ['element', [T(), n(0)], /cannot use element function with an empty list/],
  ['element', [S(s('a')), n(0)], /cannot read elements from set of string/],

  ['flatten', [T(T(...ss('a', 'b')), T(), T(s('c')))], T(...ss('a', 'b', 'c'))],
  ['flatten', [T(T(s('a'), T(s('b'), L(s('c')))), S(s('d')), s('e'))], T(...ss('a', 'b', 'c', 'd', 'e'))],
  ['flatten', [T(object({ a: n(1) }), T(map({ b: n(2) })))], T(object({ a: n(1) }), map({ b: n(2) }))],
  ['flatten', [T(T(s('a')), U)], U],
  ['flatten', [s('a')], /can only flatten lists, sets and tuples/],

  ['index', [T(...ss('a', 'b', 'c')), s('b')], n(1)],
  ['index', [T(...ss('one', 'two', 'two')), s('two')], n(1)],
  ['index', [T(...ss('a')), s('z')], /item not found/],
  ['index', [T(), s('z')], /cannot search an empty list/],
  ['index', [T(U, s('b')), s('b')], U],

  ['keys', [object({ a: n(1), c: n(2), d: n(3) })], T(...ss('a', 'c', 'd'))],
  ['keys', [map({ b: n(1), a: U })], L(...ss('a', 'b'))],
  ['keys', [T()], /must have map or object type/],

  ['length', [T()], n(0)],
  ['length', [T(s('a'), s('b'))], n(2)],
  ['length', [T(U, U)], n(2)],
  ['length', [object({ a: s('b') })], n(1)],
  ['length', [S(s('a'), s('a'))], n(1)],
  ['length', [s('hello')], n(5)],
  ['length', [s('\u{1F44B}\u{1F3FD}')], n(1)],
  ['length', [s('e\u0301')], n(1)],
  ['length', [n(5)], /argument must be a string, a collection type, or a structural type/],

  ['lookup', [map({ a: s('ay'), b: s('bee') }), s('a'), s('what?')], s('ay')],
  ['lookup', [map({ a: s('ay'), b: s('bee') }), s('c'), s('what?')], s('what?')],
  ['lookup', [map({ a: s('ay') }), s('c')], /lookup failed to find key "c"/],
  ['lookup', [map({ a: n(1) }), s('c'), s('x')], /the default value must have the same type as the map elements/],
  ['lookup', [map({ a: n(1) }), s('c'), s('2')], n(2)],
  ['lookup', [map({ a: s('x') }), s('c'), NULL], NULL],
  ['lookup', [object({ a: n(1), b: T() }), s('b')], T()],
  ['lookup', [object({ a: n(1) }), s('b')], /the given object has no attribute "b"/],
  ['lookup', [map({ a: U }), s('b'), s('d')], s('d')],
  ['lookup', [U, s('a'), s('d')], U],
  ['lookup', [T(), s('a')], /requires a map as the first argument/],

  ['matchkeys', [T(...ss('i-123', 'i-abc', 'i-def')), T(...ss('us-west', 'us-east', 'us-east')), T(s('us-east'))], L(...ss('i-abc', 'i-def'))],
  ['matchkeys', [T(...ss('a', 'b')), T(...ns(1, 2)), T(n(2))], L(s('b'))],
  ['matchkeys', [T(...ss('a', 'b')), T(...ss('x')), T(s('x'))], /length of keys and values should be equal/],

  ['merge', [object({ a: s('b'), c: s('d') }), object({ e: s('f'), c: s('z') })], object({ a: s('b'), c: s('z'), e: s('f') })],
  ['merge', [map({ a: s('b') }), map({ c: s('d') })], map({ a: s('b'), c: s('d') })],
  ['merge', [map({ a: s('b') }), map({ c: n(1) })], object({ a: s('b'), c: n(1) })],
  ['merge', [map({ a: s('b') }), NULL], object({ a: s('b') })],
  ['merge', [NULL, NULL], NULL],
  ['merge', [], object({})],
  ['merge', [map({ a: U })], map({ a: U })],
  ['merge', [object({}), T()], /arguments must be maps or objects, got "tuple"/],

  ['one', [T()], NULL],
  ['one', [T(s('hello'))], s('hello')],
  ['one', [S(s('x'))], s('x')],
  ['one', [T(U)], U],
  ['one', [T(s('a'), s('b'))], /either zero or one elements/],

  ['range', [n(3)], L(...ns(0, 1, 2))],
  ['range', [n(1), n(4)], L(...ns(1, 2, 3))],
  ['range', [n(1), n(8), n(2)], L(...ns(1, 3, 5, 7))],
  ['range', [n(1), n(4), n(0.5)], L(...ns(1, 1.5, 2, 2.5, 3, 3.5))],
  ['range', [n(4), n(1)], L(...ns(4, 3, 2))],
  ['range', [n(10), n(5), n(-2)], L(...ns(10, 8, 6))],
  ['range', [n(-3)], L(...ns(0, -1, -2))],
  ['range', [n(0)], L()],
  ['range', [n(1), n(4), n(0)], /step must not be zero/],
  ['range', [n(1), n(4), n(-1)], /end must be less than start when step is negative/],
  ['range', [n(4), n(1), n(1)], /end must be greater than start when step is positive/],
  ['range', [n(1025)], /more than 1024 values were generated/],
  ['range', [], /must have one, two, or three arguments/],

  ['reverse', [T(...ns(1, 2, 3))], T(...ns(3, 2, 1))],
  ['reverse', [L(...ns(1, 2))], L(...ns(2, 1))],
  ['reverse', [S(...ns(1, 2))], L(...ns(2, 1))],
  ['reverse', [map({})], /can only reverse list or tuple values, not map/],

  ['setintersection', [T(...ss('a', 'b')), T(...ss('b', 'c')), T(...ss('b', 'd'))], S(s('b'))],
  ['setunion', [T(...ss('a', 'b')), T(...ss('b', 'c')), T(s('d'))], S(...ss('a', 'b', 'c', 'd'))],
  ['setunion', [T(n(1)), T(s('1'))], S(s('1'))],
  ['setunion', [T(), T(n(1))], S(n(1))],
  ['setunion', [T(n(1)), T(T())], /given sets must all have compatible element types/],
  ['setsubtract', [T(...ss('a', 'b', 'c')), T(...ss('a', 'c'))], S(s('b'))],
  ['setsubtract', [T(...ss('a', 'b', 'c')), T()], S(...ss('a', 'b', 'c'))],
  ['setproduct', [T(...ss('development', 'staging')), T(...ss('app1', 'app2'))], L(
    T(...ss('development', 'app1')),
    T(...ss('development', 'app2')),
    T(...ss('staging', 'app1')),
    T(...ss('staging', 'app2')),
  )],
  ['setproduct', [T(s('a')), T()], L()],
  ['setproduct', [S(s('a'), s('b')), T(n(1))], S(T(s('a'), n(1)), T(s('b'), n(1)))],
  ['setproduct', [T(s('a'), n(1)), T(s('x'))], L(T(s('a'), s('x')), T(s('1'), s('x')))],
  ['setproduct', [T(s('a'))], /at least two arguments are required/],
  ['setproduct', [T(s('a')), s('b')], /a set or a list is required/],

  ['slice', [T(...ss('a', 'b', 'c', 'd')), n(1), n(3)], T(...ss('b', 'c'))],
  ['slice', [L(...ss('a', 'b', 'c', 'd')), n(1), n(3)], L(...ss('b', 'c'))],
  ['slice', [T(s('a')), n(1), n(1)], T()],
  ['slice', [T(s('a')), n(0), n(2)], /end index must not be greater than the length of the list/],
  ['slice', [T(s('a')), n(-1), n(1)], /start index must not be less than zero/],
  ['slice', [T(s('a'), s('b')), n(2), n(1)], /start index must not be greater than end index/],
  ['slice', [S(s('a')), n(0), n(1)], /cannot slice a set/],

  ['sort', [T(...ss('e', 'd', 'a', 'x'))], L(...ss('a', 'd', 'e', 'x'))],
  ['sort', [T(...ns(10, 9, 1))], L(...ss('1', '10', '9'))],
  ['sort', [T(s('\u{1F600}'), s('\uFF5E'))], L(s('\uFF5E'), s('\u{1F600}'))],
  ['sort', [T(s('a'), NULL)], /given list element 1 is null; a null string cannot be sorted/],

  ['sum', [T(...ns(10, 13, 6, 4.5))], n(33.5)],
  ['sum', [T(n(1), s('2'))], n(3)],
  ['sum', [T()], /cannot sum an empty list/],
  ['sum', [T(s('a'))], /argument must be list, set, or tuple of number values/],
  ['sum', [map({ a: n(1) })], /argument must be list, set, or tuple. Received map of number/],
  ['sum', [s('a')], /cannot sum noniterable/],

  ['transpose', [object({ a: T(...ss('1', '2')), b: T(...ss('2', '3')) })], map({ '1': L(s('a')), '2': L(...ss('a', 'b')), '3': L(s('b')) })],
  ['transpose', [object({ a: T(n(1)) })], map({ '1': L(s('a')) })],
  ['transpose', [object({ a: s('x') })], /element "a": list of string required/],

  ['values', [object({ a: num(3), c: num(2), d: num(1) })], T(...ns(3, 2, 1))],
  ['values', [map({ b: s('y'), a: U })], L(U, s('y'))],
  ['values', [T()], /values\(\) requires a map/],

  ['zipmap', [T(...ss('a', 'b')), T(...ns(1, 2))], object({ a: n(1), b: n(2) })],
  ['zipmap', [T(...ss('a', 'b')), L(...ns(1, 2))], map({ a: n(1), b: n(2) })],
  ['zipmap', [T(...ss('a', 'a')), L(...ns(1, 2))], map({ a: n(2) })],
  ['zipmap', [T(s('a'), U), T(...ns(1, 2))], U],
  ['zipmap', [T(s('a')), T(U)], object({ a: U })],
  ['zipmap', [T(...ss('a', 'b')), T(n(1))], /number of keys \(2\) does not match number of values \(1\)/],
  ['zipmap', [T(s('a')), map({ a: n(1) })], /values argument must be a list or tuple value/],
];

test('collection functions: results and errors as Terraform gives them', () => {
  for (const [name, args, want] of CASES) {
    const label = `${name}(${args.map((a) => JSON.stringify(a, (_k, v: unknown) => (v instanceof Map ? Object.fromEntries(v) : v))).join(', ')})`;
    if (want instanceof RegExp) {
      assert.throws(() => invoke(COLLECTION_FUNCTIONS, name, args), (e: unknown) => e instanceof FunctionError && want.test(e.message), label);
    } else {
      assert.deepEqual(invoke(COLLECTION_FUNCTIONS, name, args), want, label);
    }
  }
});

test('collection functions: errors name the argument at fault', () => {
  const argOf = (name: string, args: Value[]): number | undefined => {
    try {
      invoke(COLLECTION_FUNCTIONS, name, args);
    } catch (e) {
      if (e instanceof FunctionError) return e.arg;
      throw e;
    }
    assert.fail(`${name} should fail`);
  };
  assert.equal(argOf('chunklist', [T(s('a')), n(-1)]), 1);
  assert.equal(argOf('concat', [T(), T(), s('x')]), 2);
  assert.equal(argOf('slice', [T(s('a')), n(0), n(5)]), 2);
  assert.equal(argOf('lookup', [map({ a: n(1) }), s('b'), s('x')]), 2);
  assert.equal(argOf('setunion', [T(), map({})]), 1);
});

test('collection functions: an open resource object has unknown keys', () => {
  const resource = { ...object({ bucket: s('logs') }), open: 'aws_s3_bucket.logs' } as Value;
  for (const name of ['keys', 'values', 'length']) assert.equal(invoke(COLLECTION_FUNCTIONS, name, [resource]).kind, 'unknown', name);
  assert.equal(invoke(COLLECTION_FUNCTIONS, 'merge', [resource, map({})]).kind, 'unknown');
  assert.deepEqual(invoke(COLLECTION_FUNCTIONS, 'lookup', [resource, s('bucket')]), s('logs'));
  assert.deepEqual(invoke(COLLECTION_FUNCTIONS, 'lookup', [resource, s('arn')]), unknown('known after apply', 'aws_s3_bucket.logs.arn'));
});

test('collection functions: results carry no origin', () => {
  const origin = { file: 'a.tf', start: 0, end: 3, role: 'literal' as const };
  const out = invoke(COLLECTION_FUNCTIONS, 'distinct', [tuple([str('a', origin)], origin)]);
  assert.equal(out.origin, undefined);
});

test('collection family names are unique and all in FUNCTIONS', () => {
  const names = COLLECTION_FUNCTIONS.map((f) => f.name);
  assert.equal(new Set(names).size, names.length);
  assert.deepEqual(names, [...names].sort());
  for (const f of COLLECTION_FUNCTIONS) assert.equal(FUNCTIONS.get(f.name), f, f.name);
});
