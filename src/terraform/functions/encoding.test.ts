import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { NULL, bool, list, map, num, object, set, str, tuple, unknown, type Value } from '../value';
import { runCases, type Case } from '../../../test/support/function-cases';
import { base64Decode } from './bytes-text';
import { ENCODING_FUNCTIONS } from './encoding';
import { parseYaml, stringifyYaml } from './yaml-text';

const s = str;
const ab = (a: string, b: string) => object({ a: s(a), b: s(b) });

const cases: Case[] = [
  ['base64encode', [s('Hello World')], s('SGVsbG8gV29ybGQ=')],
  ['base64encode', [s('')], s('')],
  ['base64encode', [s('☃')], s('4piD')],
  ['base64decode', [s('SGVsbG8gV29ybGQ=')], s('Hello World')],
  ['base64decode', [s('4piD')], s('☃')],
  ['base64decode', [s('SGVsbG8g\nV29ybGQ=')], s('Hello World')],
  ['base64decode', [s('SGVsbG8gV29ybGQ')], { error: 'failed to decode base64 data SGVsbG8gV29ybGQ', arg: 0 }],
  ['base64decode', [s('***')], { error: 'failed to decode base64 data ***', arg: 0 }],
  ['base64decode', [s('/w==')], { error: 'the result of decoding the provided string is not valid UTF-8', arg: 0 }],
  ['base64decode', [unknown('known after apply')], { unknown: 'known after apply' }],

  ['csvdecode', [s('a,b\n1,2\n3,4')], list([ab('1', '2'), ab('3', '4')])],
  ['csvdecode', [s('a,b\r\n"x,y","say ""hi"""\r\n')], list([ab('x,y', 'say "hi"')])],
  ['csvdecode', [s('a,b\n"multi\nline",2\n\n')], list([ab('multi\nline', '2')])],
  ['csvdecode', [s('b,a\n1,2')], list([object({ a: s('2'), b: s('1') })])],
  ['csvdecode', [s('a,b')], list([])],
  ['csvdecode', [s('')], { error: 'missing header line', arg: 0 }],
  ['csvdecode', [s('a,a\n1,2')], { error: 'duplicate column name "a"', arg: 0 }],
  ['csvdecode', [s('a,b\n1,2,3')], { error: 'CSV parse error on line 2: wrong number of fields', arg: 0 }],
  ['csvdecode', [s('a,b\n1,x"y')], { error: 'CSV parse error on line 2: bare " in non-quoted-field', arg: 0 }],

  ['jsondecode', [s('{"hello": "world"}')], object({ hello: s('world') })],
  ['jsondecode', [s('true')], bool(true)],
  ['jsondecode', [s('[1, "a", null, {"b": [2.5]}]')], tuple([num(1), s('a'), NULL, object({ b: tuple([num(2.5)]) })])],
  ['jsondecode', [s('{"z": 1, "a": 2}')], object({ a: num(2), z: num(1) })],
  ['jsondecode', [s('{"hello": "world"')], { error: /JSON/, arg: 0 }],
  ['jsonencode', [object({ hello: s('world') })], s('{"hello":"world"}')],
  ['jsonencode', [map({ b: num(1), a: tuple([bool(true), NULL]) })], s('{"a":[true,null],"b":1}')],
  ['jsonencode', [s('<b> & "q"\n')], s('"\\u003cb\\u003e \\u0026 \\"q\\"\\n"')],
  ['jsonencode', [s('\u0001\u2028\t\b\f')], s('"\\u0001\\u2028\\t\\b\\f"')],
  ['jsonencode', [num(1e21)], s('1000000000000000000000')],
  ['jsonencode', [num(0.1)], s('0.1')],
  ['jsonencode', [num(-1.5e-7)], s('-0.00000015')],
  ['jsonencode', [set([s('b'), s('a')])], s('["a","b"]')],
  ['jsonencode', [NULL], s('null')],
  ['jsonencode', [object({ a: unknown('known after apply') })], { unknown: 'known after apply' }],

  ['textencodebase64', [s('Hello World'), s('UTF-16LE')], s('SABlAGwAbABvACAAVwBvAHIAbABkAA==')],
  ['textencodebase64', [s('Hi'), s('utf-16be')], s('AEgAaQ==')],
  ['textencodebase64', [s('Hi'), s('UTF-8')], s('SGk=')],
  ['textencodebase64', [s('é'), s('ISO-8859-1')], s('6Q==')],
  ['textencodebase64', [s('é'), s('US-ASCII')], { error: 'the given string contains characters that cannot be represented in US-ASCII', arg: 0 }],
  ['textencodebase64', [s('x'), s('EBCDIC-US')], { error: /^"EBCDIC-US" is not a supported IANA encoding name or alias/, arg: 1 }],
  ['textdecodebase64', [s('SABlAGwAbABvACAAVwBvAHIAbABkAA=='), s('UTF-16LE')], s('Hello World')],
  ['textdecodebase64', [s('AEgAaQ=='), s('UTF-16BE')], s('Hi')],
  ['textdecodebase64', [s('6Q=='), s('latin1')], s('é')],
  ['textdecodebase64', [s('/w=='), s('UTF-8')], { error: 'the given string contains symbols that are not defined for UTF-8', arg: 0 }],
  ['textdecodebase64', [s('SG!'), s('UTF-8')], { error: 'the given value is has an invalid base64 symbol at offset 2', arg: 0 }],

  ['urlencode', [s('Hello World!')], s('Hello+World%21')],
  ['urlencode', [s('☃')], s('%E2%98%83')],
  ['urlencode', [s('foo:bar@localhost?foo=bar&bar=baz')], s('foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz')],
  ['urlencode', [s('a-b_c.d~e/f')], s('a-b_c.d~e%2Ff')],

  // yamldecode: the docs' examples, then the syntax subset
  ['yamldecode', [s('hello: world')], object({ hello: s('world') })],
  ['yamldecode', [s('true')], bool(true)],
  ['yamldecode', [s('{a: &foo [1, 2, 3], b: *foo}')], object({ a: tuple([num(1), num(2), num(3)]), b: tuple([num(1), num(2), num(3)]) })],
  ['yamldecode', [s('{a: &foo [1, *foo, 3]}')], { error: /cannot refer to anchor "foo" from inside its own definition/, arg: 0 }],
  ['yamldecode', [s('{a: !not-supported foo}')], { error: /unsupported tag "!not-supported"/, arg: 0 }],
  ['yamldecode', [s('')], NULL],
  ['yamldecode', [s('# only a comment\n')], NULL],
  ['yamldecode', [s('a: 1\n---\nb: 2\n')], { error: /only a single document is allowed/, arg: 0 }],
  ['yamldecode', [s('---\na: 1\n...\n')], object({ a: num(1) })],
  ['yamldecode', [s('*nope')], { error: /reference to undefined anchor "nope"/, arg: 0 }],
];

runCases('encoding', ENCODING_FUNCTIONS, cases);

test("encoding: base64gzip gives Terraform's bytes for short text", () => {
  const gz = ENCODING_FUNCTIONS.find((f) => f.name === 'base64gzip')!;
  // Terraform's own test (funcs/encoding_test.go) and its docs' example
  assert.deepEqual(gz.call([s('test')], undefined as never), s('H4sIAAAAAAAA/ypJLS4BAAAA//8BAAD//wx+f9gEAAAA'));
});

test("encoding: base64gzip output is compressed gzip with Go's header that inflates to the UTF-8 input", () => {
  const gz = ENCODING_FUNCTIONS.find((f) => f.name === 'base64gzip')!;
  for (const text of ['', 'hello world', '☃'.repeat(30000), 'user_data line\n'.repeat(5000)]) {
    const out = gz.call([s(text)], undefined as never);
    assert.equal(out.kind, 'string');
    if (out.kind !== 'string') return;
    const bytes = base64Decode(out.value);
    // magic, deflate, no flags, mtime 0, no extra flags (default level), OS unknown: as Go's compress/gzip writes
    assert.deepEqual([...bytes.subarray(0, 10)], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
    // Go's Flush then Close: a sync marker, then an empty final stored block, before the trailer
    assert.deepEqual([...bytes.subarray(bytes.length - 17, bytes.length - 8)], [0, 0, 0xff, 0xff, 1, 0, 0, 0xff, 0xff]);
    assert.equal(gunzipSync(bytes).toString('utf8'), text);
    if (text.length > 1000) assert.ok(bytes.length < Buffer.byteLength(text) / 10, `compressed: ${bytes.length} bytes for ${Buffer.byteLength(text)}`);
  }
});

test('encoding: base64gzip output inflates with zlib at every bit position a block can end on', () => {
  // gzip.ts writes the sync block itself, from the bit where fflate's last block ends: a sweep of
  // lengths and contents ends blocks on every bit of a byte (fflate's own sync flush fails on 6 and 7)
  const gz = ENCODING_FUNCTIONS.find((f) => f.name === 'base64gzip')!;
  for (let n = 0; n < 2000; n += 7) {
    const text = 'ab☃c'.repeat(n) + 'x'.repeat(n % 13) + String(n * 7919);
    const out = gz.call([s(text)], undefined as never);
    assert.equal(out.kind === 'string' && gunzipSync(base64Decode(out.value)).toString('utf8'), text, `${text.length} characters`);
  }
});

// ---- YAML decoding in depth

const yamlCases: [string, Value][] = [
  ['a: 1\nb: two\nc: "three"\nd: \'four\'\n', object({ a: num(1), b: s('two'), c: s('three'), d: s('four') })],
  ['- a\n- b\n-   c\n', tuple([s('a'), s('b'), s('c')])],
  ['outer:\n  inner:\n    x: 1\n  list:\n  - 1\n  - 2\n', object({ outer: object({ inner: object({ x: num(1) }), list: tuple([num(1), num(2)]) }) })],
  ['items:\n  - name: a\n    size: 1\n  - name: b\n', object({ items: tuple([object({ name: s('a'), size: num(1) }), object({ name: s('b') })]) })],
  ['- - 1\n  - 2\n- - 3\n', tuple([tuple([num(1), num(2)]), tuple([num(3)])])],
  ['a:\nb: ~\nc: null\nd: Null\n', object({ a: NULL, b: NULL, c: NULL, d: NULL })],
  ['[yes, no, on, off, y, n, True, FALSE]', tuple([bool(true), bool(false), bool(true), bool(false), bool(true), bool(false), bool(true), bool(false)])],
  ['[1, -2, +3, 1.5, .5, 1e3, 1_000, 012, 0x1F, 0b101, 0o17, .inf, -.Inf]', tuple([num(1), num(-2), num(3), num(1.5), num(0.5), num(1000), num(1000), num(12), s('0x1F'), num(5), s('0o17'), num(Infinity), num(-Infinity)])],
  ['[!!int 0x1F, !!int 017, !!str 12, !!float 1, !!bool yes, !!null x]', tuple([num(31), num(17), s('12'), num(1), bool(true), NULL])],
  ['[2001-12-14, 2001-12-14t21:59:43.10-05:00, 2002-12-14 21:59:43.10, "2001-12-14"]', tuple([s('2001-12-14T00:00:00Z'), s('2001-12-14T21:59:43-05:00'), s('2002-12-14T21:59:43Z'), s('2001-12-14')])],
  ['text: |\n  line 1\n  line 2\n', object({ text: s('line 1\nline 2\n') })],
  ['text: |-\n  line 1\n\n  line 3\nnext: 1\n', object({ next: num(1), text: s('line 1\n\nline 3') })],
  ['text: |+\n  keep\n\n\nnext: 1\n', object({ next: num(1), text: s('keep\n\n\n') })],
  ['text: >\n  folded\n  line\n\n  para\n    more\n  back\n', object({ text: s('folded line\npara\n  more\nback\n') })],
  ['text: >-\n  a\n  b\n', object({ text: s('a b') })],
  ['text: |2\n    indented\n  base\n', object({ text: s('  indented\nbase\n') })],
  ['- |\n  in seq\n- x\n', tuple([s('in seq\n'), s('x')])],
  ['plain: this is\n  continued\n  text\n', object({ plain: s('this is continued text') })],
  ['"quoted key": 1\n\'single\': 2\n', object({ 'quoted key': num(1), single: num(2) })],
  ['a: "esc \\"q\\" \\t \\u263A \\x41 \\\\"\n', object({ a: s('esc "q" \t ☺ A \\') })],
  ["a: 'it''s'\n", object({ a: s("it's") })],
  ['a: "folded\n  quoted\n\n  text"\n', object({ a: s('folded quoted\ntext') })],
  ['a: 1 # comment\n# full line\nb: x#not-comment\n', object({ a: num(1), b: s('x#not-comment') })],
  ['url: http://example.com:8080/x\n', object({ url: s('http://example.com:8080/x') })],
  ['{a: 1, "b": [x, "y z"], c: {d: e}}', object({ a: num(1), b: tuple([s('x'), s('y z')]), c: object({ d: s('e') }) })],
  ['[\n  1,\n  2,\n]\n', tuple([num(1), num(2)])],
  ['[]', tuple([])],
  ['{}', object({})],
  ['base: &b\n  p: 1\n  q: 2\nderived:\n  <<: *b\n  q: 3\n', object({ base: object({ p: num(1), q: num(2) }), derived: object({ p: num(1), q: num(3) }) })],
  // go-cty-yaml resolves the YAML 1.1 boolean `y` even as a key
  ['y: 1\n', object({ true: num(1) })],
  ['a: &v hello\nb: *v\n', object({ a: s('hello'), b: s('hello') })],
  ['1: one\ntrue: yes\n', object({ '1': s('one'), true: bool(true) })],
  ['key:\n- a\n- b\nother: c\n', object({ key: tuple([s('a'), s('b')]), other: s('c') })],
  ['%YAML 1.2\n---\nx: 1\n', object({ x: num(1) })],
  ['--- text\n', s('text')],
  ['"just a string"', s('just a string')],
  ['- \n- a\n', tuple([NULL, s('a')])],
  ['a:\n  - b: 1\n    c: 2\n', object({ a: tuple([object({ b: num(1), c: num(2) })]) })],
  ['<<: 1\n', { kind: 'null' } as Value],
  // explicit keys, multi-line flow collections, tags in verbatim form: full YAML syntax through the yaml package
  ['? complex\n', object({ complex: NULL })],
  ['? a\n: 1\n', object({ a: num(1) })],
  ['{a: [1,\n  2], b:\n  c}\n', object({ a: tuple([num(1), num(2)]), b: s('c') })],
  ['!<tag:yaml.org,2002:str> 12\n', s('12')],
  ['key: 0ba\n', object({ key: s('0ba') })],
  ['~', NULL],
  ['a: 1\na: 2\n', object({ a: num(2) })],
  ["'<<': 1\n", object({ '<<': num(1) })],
  ['[On, OFF, Yes, nO]', tuple([bool(true), bool(false), bool(true), s('nO')])],
];

for (const [text, expected] of yamlCases) {
  test(`yamldecode ${JSON.stringify(text)}`, () => {
    if (text === '<<: 1\n') {
      assert.throws(() => parseYaml(text), /cannot merge number into mapping/);
      return;
    }
    assert.deepEqual(parseYaml(text), expected);
  });
}

for (const bad of ['a: [1, 2', 'a: "open', 'a: b: c', '- a\nb: 1', 'a: 1\n  b: 2', '? [a, b]\n: 1', 'a: *']) {
  test(`yamldecode rejects ${JSON.stringify(bad)}`, () => {
    assert.throws(() => parseYaml(bad));
  });
}

test('yamldecode: an alias is converted once, so nested aliases ("billion laughs") stay linear', { timeout: 20_000 }, () => {
  // 30 levels of 10 aliases each would be 10^30 values if each use were expanded
  let text = 'l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i <= 30; i++) text += `l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]\n`;
  const v = parseYaml(text);
  assert.equal(v.kind, 'object');
  if (v.kind === 'object') assert.equal(v.entries.size, 31);
});

test('yamldecode: errors say where, as go-cty-yaml does', () => {
  assert.throws(() => parseYaml('a: 1\nb: [1, 2\n'), /: on line 3, column 1: /);
  assert.throws(() => parseYaml('a: 1\n---\nb: 2\n'), /: on line 2, column 1: only a single document is allowed$/);
  assert.throws(() => parseYaml('a: *nope\n'), /: on line 1, column 4: reference to undefined anchor "nope"$/);
});

// ---- yamlencode, matched to go-yaml's emitter output

const encodeCases: [Value, string][] = [
  [object({ a: s('b'), c: s('d') }), '"a": "b"\n"c": "d"\n'],
  [object({ foo: tuple([num(1), num(2), num(3)]), bar: s('baz') }), '"bar": "baz"\n"foo":\n- 1\n- 2\n- 3\n'],
  [object({ foo: tuple([num(1), object({ a: s('b'), c: s('d') }), num(3)]), bar: s('baz') }), '"bar": "baz"\n"foo":\n- 1\n- "a": "b"\n  "c": "d"\n- 3\n'],
  [bool(true), 'true\n...\n'],
  [num(0), '0\n...\n'],
  [NULL, 'null\n...\n'],
  [s(''), '""\n'],
  [s('hello'), '"hello"\n'],
  [object({}), '{}\n'],
  [tuple([]), '[]\n'],
  [tuple([s('b')]), '- "b"\n'],
  [set([s('b')]), '- "b"\n'],
  [map({ a: s('b') }), '"a": "b"\n'],
  [object({ a: object({ b: object({ c: num(1.5) }) }) }), '"a":\n  "b":\n    "c": 1.5\n'],
  [object({ a: tuple([]), b: object({}), c: NULL, d: bool(false) }), '"a": []\n"b": {}\n"c": null\n"d": false\n'],
  [tuple([tuple([num(1), num(2)]), tuple([num(3)])]), '- - 1\n  - 2\n- - 3\n'],
  [object({ t: s('line1\nline2') }), '"t": |-\n  line1\n  line2\n'],
  [object({ t: s('line1\nline2\n') }), '"t": |\n  line1\n  line2\n'],
  [object({ t: s('x\n\n') }), '"t": |+\n  x\n\n...\n'],
  [object({ t: s(' lead\nx') }), '"t": |2-\n   lead\n  x\n'],
  [object({ t: s('trailing \nx') }), '"t": "trailing \\nx"\n'],
  [object({ t: s('tab\there') }), '"t": "tab\\there"\n'],
  [tuple([s('a\nb')]), '- |-\n  a\n  b\n'],
  [s('a\nb'), '|-\n  a\n  b\n'],
  [object({ 'k\ney': s('v') }), '"k\\ney": "v"\n'],
  [s('quote " and \\ and \u0007 and é and \u{1F600}'), '"quote \\" and \\\\ and \\a and é and \u{1F600}"\n'],
  [num(1e21), '1000000000000000000000\n...\n'],
  [
    object({ description: s('word '.repeat(20).trim()) }),
    '"description": "word word word word word word word word word word word word word word\n  word word word word word word"\n',
  ],
];

for (const [value, expected] of encodeCases) {
  test(`yamlencode ${JSON.stringify(expected)}`, () => {
    assert.equal(stringifyYaml(value), expected);
  });
}

test('yamlencode output decodes back to the same value', () => {
  const v = object({
    list: tuple([s('a'), num(1), bool(true), NULL, s('multi\nline\n'), object({ k: s('v') })]),
    nested: object({ deep: object({ text: s('x '.repeat(60)) }) }),
    quote: s('it\'s "quoted"'),
  });
  assert.deepEqual(parseYaml(stringifyYaml(v)), v);
});
