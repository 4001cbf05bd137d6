import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NUMERIC_FUNCTIONS } from './numeric';
import { FUNCTIONS } from './index';
import { FunctionError, type FunctionContext } from './function';
import { NULL, num, str, tuple, type Value } from '../value';

const ctx: FunctionContext = { moduleDir: '.', readFile: () => undefined, listFiles: () => undefined, renderTemplate: () => NULL };

function call(name: string, args: readonly Value[]): Value {
  const fn = NUMERIC_FUNCTIONS.find((f) => f.name === name);
  assert.ok(fn, name);
  return fn.call(args, ctx);
}

const n = num;
const s = str;

/** [function, args, expected number or the error message expected, argument at fault] */
const CASES: [string, Value[], number | RegExp, number?][] = [
  ['abs', [n(23)], 23],
  ['abs', [n(0)], 0],
  ['abs', [n(-12.4)], 12.4],
  ['abs', [s('-3')], 3],
  ['abs', [s('x')], /cannot convert "x" to number/, 0],
  ['ceil', [n(5)], 5],
  ['ceil', [n(5.1)], 6],
  ['ceil', [n(-0.5)], 0],
  ['floor', [n(5)], 5],
  ['floor', [n(4.9)], 4],
  ['floor', [n(-4.1)], -5],
  ['log', [n(50), n(10)], 1.6989700043360185],
  ['log', [n(16), n(2)], 4],
  ['log', [n(1), n(10)], 0],
  ['log', [n(-1), n(10)], /not a real number/],
  ['max', [n(12), n(54), n(3)], 54],
  ['max', [s('7'), n(3)], 7],
  ['max', [], /must pass at least one number/],
  ['max', [n(1), s('a')], /cannot convert "a" to number/, 1],
  ['min', [n(12), n(54), n(3)], 3],
  ['min', [n(-1.5)], -1.5],
  ['parseint', [s('100'), n(10)], 100],
  ['parseint', [s('FF'), n(16)], 255],
  ['parseint', [s('-10'), n(16)], -16],
  ['parseint', [s('1011111011101111'), n(2)], 48879],
  ['parseint', [s('aA'), n(62)], 10 * 62 + 36],
  ['parseint', [s('zz'), n(36)], 35 * 36 + 35],
  ['parseint', [s('12'), n(2)], /cannot parse "12" as a base 2 integer/, 0],
  ['parseint', [s('FF'), n(10)], /cannot parse "FF" as a base 10 integer/, 0],
  ['parseint', [s(''), n(10)], /cannot parse "" as a base 10 integer/, 0],
  ['parseint', [s('0x10'), n(16)], /cannot parse "0x10" as a base 16 integer/, 0],
  ['parseint', [s('1'), n(1)], /base must be a whole number between 2 and 62 inclusive/, 1],
  ['parseint', [s('1'), n(63)], /base must be a whole number between 2 and 62 inclusive/, 1],
  ['parseint', [n(10), n(10)], /first argument must be a string, not number/, 0],
  ['pow', [n(3), n(2)], 9],
  ['pow', [n(4), n(0)], 1],
  ['pow', [n(2), n(-1)], 0.5],
  ['signum', [n(-13)], -1],
  ['signum', [n(0)], 0],
  ['signum', [n(344)], 1],
  ['signum', [tuple([])], /number required/, 0],
];

test('numeric functions: results and errors as Terraform gives them', () => {
  for (const [name, args, want, argIndex] of CASES) {
    const label = `${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`;
    if (want instanceof RegExp) {
      assert.throws(
        () => call(name, args),
        (e: unknown) => e instanceof FunctionError && want.test(e.message) && (argIndex === undefined || e.arg === argIndex),
        label,
      );
    } else {
      assert.deepEqual(call(name, args), n(want), label);
    }
  }
});

test('numeric functions leave unknowns to the evaluator (propagate) and carry no origin', () => {
  for (const f of NUMERIC_FUNCTIONS) assert.equal(f.unknowns ?? 'propagate', 'propagate', f.name);
  const origin = { file: 'a.tf', start: 0, end: 1, role: 'literal' as const };
  assert.equal(call('abs', [num(-1, origin)]).origin, undefined);
});

test('numeric family names are unique and all in FUNCTIONS', () => {
  const names = NUMERIC_FUNCTIONS.map((f) => f.name);
  assert.equal(new Set(names).size, names.length);
  assert.deepEqual(names, [...names].sort());
  for (const f of NUMERIC_FUNCTIONS) assert.equal(FUNCTIONS.get(f.name), f, f.name);
});
