import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sortJsonKeys, toHcl2Json } from './hcl2json';
import { parseHcl } from './parser';
import { parseHclJson } from './json-syntax';

/** What hcl2json gives for `text`; each expectation below was read off @cdktf/hcl2json. */
function convert(text: string): unknown {
  const file = parseHcl(text, 'test.tf');
  assert.deepEqual(file.diagnostics, [], 'the input must be valid HCL');
  return toHcl2Json(file);
}

const cases: readonly (readonly [string, string, unknown])[] = [
  ['literals are JSON values', 'a = 1\nb = 1.5e-7\nc = true\nd = null', { a: 1, b: 1.5e-7, c: true, d: null }],
  ['unary operators on literals are folded', 'a = -5\nb = !true\nc = -0', { a: -5, b: false, c: -0 }],
  ['unary operators on anything else are source', 'a = -x\nb = - -5', { a: '${-x}', b: '${- -5}' }],
  ['references keep their source text', 'a = var.x   .y', { a: '${var.x   .y}' }],
  ['a call includes its parentheses', 'a = foo(\n  1,\n)', { a: '${foo(\n  1,\n)}' }],
  ['a parenthesised expression keeps them', 'a = (1)', { a: '${(1)}' }],
  ['comments inside an expression are kept', 'a = 1 /* x */ + 2 # y', { a: '${1 /* x */ + 2}' }],
  ['a lone interpolation is its expression', 'a = "${ x }"\nb = "${1}"\nc = "${"s"}"', { a: '${x}', b: 1, c: 's' }],
  ['literal text is re-escaped', 'a = "$${x} %%{y} \\n"', { a: '$${x} %%{y} \n' }],
  ['mixed templates drop interpolation spacing', 'a = "p-${ x ~} -s"', { a: 'p-${x}-s' }],
  ['a strip marker that empties the rest keeps a string', 'a = "${1 ~} "', { a: '1' }],
  ['numbers in templates are plain decimals', 'a = "${1.50}${1e3}${1.5e-7}${007}"', { a: '1.510000.000000157' }],
  ['big integers in templates keep every digit', 'a = "x${12345678901234567890123}"', { a: 'x12345678901234567890123' }],
  ['null and bools in templates are words', 'a = "${null}${true}"', { a: 'nulltrue' }],
  ['a nested template is inlined', 'a = "x${"i${y}"}z"', { a: 'xi${y}z' }],
  ['a conditional interpolation becomes an if directive', 'a = "x${c ? y : ""}"', { a: 'x%{if c}${y}%{endif}' }],
  ['if directives are normalised', 'a = "%{ if c ~} y %{~ else ~} n %{~ endif }"', { a: '%{if c}y%{else}n%{endif}' }],
  ['for directives are normalised', 'a = "%{ for k ,v in m }${k}%{ endfor }"', { a: '%{for k, v in m}${k}%{endfor}' }],
  ['heredocs are templates', 'a = <<-EOT\n    x ${y}\n      z\n    EOT\n', { a: 'x ${y}\n  z\n' }],
  ['tuples and objects convert their items', 'a = [1, x]\nb = { k = x, "q" = 2 }', { a: [1, '${x}'], b: { k: '${x}', q: 2 } }],
  ['traversal keys are source text', 'a = { k.x = 1, k["b"] = 2, k[x] = 3 }', { a: { 'k.x': 1, 'k["b"]': 2, '${k[x]}': 3 } }],
  ['other keys are rendered as strings', 'a = { (k) = 1, 1e3 = 2, -1 = 3, "${k}" = 4 }', { a: { '${(k)}': 1, '1000': 2, '${-1}': 3, '${k}': 4 } }],
  ['a conditional key is an if directive', 'a = { c ? x : y = 1 }', { a: { '%{if c}${x}%{else}${y}%{endif}': 1 } }],
  ['the last duplicate key wins', 'a = { x = 1, "x" = 2 }', { a: { x: 2 } }],
  ['blocks nest by label and repeat as arrays', 'r "t" "n" {}\nr "t" "m" { a = 1 }\nr "t" "m" {}', { r: { t: { n: [{}], m: [{ a: 1 }, {}] } } }],
  ['blocks without labels are arrays', 'locals { a = 1 }\nlocals { b = 2 }', { locals: [{ a: 1 }, { b: 2 }] }],
  ['labels are decoded, not re-escaped', 'b "$${x}" y {}', { b: { '${x}': { y: [{}] } } }],
  ['an attribute overwrites a block of the same name', 'x {}\nx = 1', { x: 1 }],
  ['an empty file is an empty object', '# nothing\n', {}],
];

for (const [name, text, expected] of cases) {
  test(`toHcl2Json: ${name}`, () => {
    assert.deepEqual(convert(text), expected);
  });
}

test('toHcl2Json: __proto__ is an ordinary key, as in JSON.parse', () => {
  const out = convert('__proto__ = 1\no = { __proto__ = 2 }') as Record<string, unknown>;
  assert.deepEqual(Object.keys(out), ['__proto__', 'o']);
  assert.equal(Object.getPrototypeOf(out), Object.prototype);
  assert.equal(Object.getOwnPropertyDescriptor(out, '__proto__')?.value, 1);
});

test('sortJsonKeys puts keys in Go order (code points) for printing', () => {
  const out = sortJsonKeys(convert('o = { b = 1, a = 2, B = 3, "\u{1F600}" = 4, "\uFFFD" = 5 }')) as { o: object };
  assert.deepEqual(Object.keys(out.o), ['B', 'a', 'b', '\uFFFD', '\u{1F600}']);
});

test('toHcl2Json: blocks with and without labels are rejected as hcl2json rejects them', () => {
  assert.throws(() => convert('z "a" {}\nz {}'), /invalid HCL detected for "z" block, cannot have blocks with and without labels/);
  assert.throws(() => convert('w {}\nw "a" {}'), /Unable to convert Block to JSON: w\.a/);
  assert.throws(() => convert('a "x" {}\na "x" "y" {}'), /Unable to convert Block to JSON: a\.x\.y/);
  assert.deepEqual(convert('a "x" {}\na "y" "z" {}'), { a: { x: [{}], y: { z: [{}] } } });
});

test('toHcl2Json: unary operators on unsuitable literals are rejected', () => {
  assert.throws(() => convert('a = -true'), /number required/);
  assert.throws(() => convert('a = !1'), /bool required/);
  assert.throws(() => convert('a = -null'), /must not be null/);
});

test('toHcl2Json: a JSON-syntax file yields its own JSON value', () => {
  const text = '{"resource": {"aws_s3_bucket": {"b": {"bucket": "${var.name}"}}}}';
  assert.deepEqual(toHcl2Json(parseHclJson(text, 'main.tf.json')), JSON.parse(text));
});
