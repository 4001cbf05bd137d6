import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseExpressionText } from '../hcl';
import {
  ANY,
  BOOL,
  NUMBER,
  STRING,
  TypeConversionError,
  convertToType,
  listOf,
  mapOf,
  objectOf,
  parseTypeConstraint,
  setOf,
  tupleOf,
  typeToString,
  unifyTypes,
  type TypeConstraint,
} from './types';
import { fromJson, list, map, markSensitive, num, object, set, str, toJson, tuple, unknown, NULL, type Value } from './value';

function parse(text: string): TypeConstraint {
  const { expr, diagnostics } = parseExpressionText(text, 'types.tf');
  assert.deepEqual(diagnostics, [], text);
  const r = parseTypeConstraint(expr, text);
  if ('error' in r) assert.fail(`${text}: ${r.error}`);
  return r.type;
}

function parseError(text: string): { error: string; source: string } {
  const { expr } = parseExpressionText(text, 'types.tf');
  const r = parseTypeConstraint(expr, text);
  if (!('error' in r)) assert.fail(`${text} should not parse`);
  return { error: r.error, source: text.slice(r.start, r.end) };
}

test('type constraints round-trip through typeToString', () => {
  const cases: [string, string][] = [
    ['string', 'string'],
    ['number', 'number'],
    ['bool', 'bool'],
    ['any', 'any'],
    ['list(string)', 'list(string)'],
    ['set(number)', 'set(number)'],
    ['map(any)', 'map(any)'],
    ['list(map(list(bool)))', 'list(map(list(bool)))'],
    ['tuple([string, number])', 'tuple([string,number])'],
    ['object({ name = string, port = number })', 'object({name=string,port=number})'],
    ['object({ b = optional(string), a = optional(number, 80) })', 'object({a=optional(number),b=optional(string)})'],
    ['list(object({ tags = map(string) }))', 'list(object({tags=map(string)}))'],
  ];
  for (const [text, want] of cases) assert.equal(typeToString(parse(text)), want, text);
});

test('optional defaults are evaluated and converted to the attribute type', () => {
  const t = parse('object({ port = optional(number, "8080"), tags = optional(map(string), {}), name = optional(string, "x-y") })');
  assert.equal(t.kind, 'object');
  if (t.kind !== 'object') return;
  assert.deepEqual(t.attributes.get('port')!.default, num(8080));
  assert.deepEqual(toJson(t.attributes.get('tags')!.default!), {});
  assert.equal(t.attributes.get('tags')!.default!.kind, 'object');
  assert.deepEqual(t.attributes.get('name')!.default, str('x-y'));
  assert.equal(t.attributes.get('name')!.optional, true);
});

test('optional defaults use the given evaluator', () => {
  const text = 'object({ region = optional(string, var.region) })';
  const { expr } = parseExpressionText(text, 'types.tf');
  const seen: string[] = [];
  const r = parseTypeConstraint(expr, text, (e) => {
    seen.push(text.slice(e.start, e.end));
    return str('eu-west-1');
  });
  assert.ok('type' in r && r.type.kind === 'object');
  if (!('type' in r) || r.type.kind !== 'object') return;
  assert.deepEqual(seen, ['var.region']);
  assert.deepEqual(r.type.attributes.get('region')!.default, str('eu-west-1'));
});

test('invalid type constraints give Terraform messages and the culprit range', () => {
  const cases: [string, RegExp, string][] = [
    ['list', /The list type constructor requires one argument specifying the element type/, 'list'],
    ['strin', /The keyword "strin" is not a valid type specifier/, 'strin'],
    ['list(string, number)', /requires one argument/, 'list(string, number)'],
    ['string(1)', /Primitive type keyword "string" does not expect arguments/, 'string(1)'],
    ['foo(string)', /Keyword "foo" is not a valid type constructor/, 'foo'],
    ['optional(string)', /valid only as a modifier for object type attributes/, 'optional(string)'],
    ['list(optional(string))', /valid only as a modifier/, 'optional(string)'],
    ['object({ "a" = string })', /map keys must be attribute names/, '"a"'],
    ['object([string])', /Object type constructor requires a map/, '[string]'],
    ['tuple(string)', /Tuple type constructor requires a list/, 'string'],
    ['"string"', /Remove the quotes around "string"/, '"string"'],
    ['1', /A type specification is either a primitive type keyword/, '1'],
    ['object({ a = optional(number, "x") })', /Invalid default value for optional attribute.*a number is required/, '"x"'],
    ['object({ a = optional(number, var.x) })', /must be a constant/, 'var.x'],
    ['object({ a = optional(string, 1, 2) })', /at most two arguments/, 'optional(string, 1, 2)'],
  ];
  for (const [text, message, source] of cases) {
    const r = parseError(text);
    assert.match(r.error, message, text);
    assert.equal(r.source, source, text);
  }
});

const v = (j: unknown): Value => fromJson(j);

test('convertToType: primitives follow Terraform conversions', () => {
  const ok: [Value, TypeConstraint, Value][] = [
    [num(1), STRING, str('1')],
    [str('1.5'), NUMBER, num(1.5)],
    [str('true'), BOOL, { kind: 'bool', value: true }],
    [{ kind: 'bool', value: false }, STRING, str('false')],
    [NULL, STRING, NULL],
    [unknown('known after apply'), NUMBER, unknown('known after apply')],
    [v([1, 'a']), ANY, v([1, 'a'])],
  ];
  for (const [input, type, want] of ok) assert.deepEqual(convertToType(input, type), want, typeToString(type));
  const bad: [Value, TypeConstraint, string][] = [
    [str('abc'), NUMBER, 'a number is required'],
    [str('yes'), BOOL, 'a bool is required'],
    [num(1), BOOL, 'bool required'],
    [v(['a']), STRING, 'string required'],
    [v({ a: 1 }), NUMBER, 'number required'],
  ];
  for (const [input, type, message] of bad) assert.throws(() => convertToType(input, type), new TypeConversionError(message));
});

test('convertToType: sequences', () => {
  assert.deepEqual(convertToType(v(['a', 1, true]), listOf(STRING)), list([str('a'), str('1'), str('true')]));
  assert.deepEqual(convertToType(v(['b', 'a', 'b']), setOf(STRING)), set([str('a'), str('b')]));
  assert.deepEqual(convertToType(set([num(2), num(1)]), listOf(NUMBER)), list([num(1), num(2)]));
  assert.deepEqual(convertToType(v(['a', 2]), listOf(ANY)), list([str('a'), str('2')]), 'list(any) unifies to string');
  assert.deepEqual(convertToType(v([1, 2]), listOf(ANY)), list([num(1), num(2)]));
  assert.deepEqual(convertToType(v(['a', 1]), tupleOf([STRING, STRING])), tuple([str('a'), str('1')]));
  assert.deepEqual(convertToType(v([]), listOf(STRING)), list([]));
  assert.deepEqual(convertToType(tuple([str('a'), unknown('u')]), listOf(STRING)), list([str('a'), unknown('u')]));
  assert.throws(() => convertToType(v(['a', { b: 1 }]), listOf(STRING)), new TypeConversionError('element 1: string required'));
  assert.throws(() => convertToType(v([1, 'x']), listOf(NUMBER)), new TypeConversionError('element 1: a number is required'));
  assert.throws(() => convertToType(v([1, true]), listOf(ANY)), new TypeConversionError('all list elements must have the same type'));
  assert.throws(() => convertToType(v({ a: 1 }), listOf(STRING)), new TypeConversionError('list of string required'));
  assert.throws(() => convertToType(v(['a']), tupleOf([STRING, STRING])), new TypeConversionError('tuple required'));
  assert.throws(() => convertToType(v('a'), setOf(ANY)), new TypeConversionError('set of any single type required'));
});

test('convertToType: maps', () => {
  assert.deepEqual(convertToType(v({ a: 1, b: 'x' }), mapOf(STRING)), map({ a: str('1'), b: str('x') }));
  assert.deepEqual(convertToType(v({ a: 1, b: 'x' }), mapOf(ANY)), map({ a: str('1'), b: str('x') }));
  // objects with different attributes unify to maps
  assert.deepEqual(
    toJson(convertToType(v({ a: { x: 1 }, b: { y: '2' } }), mapOf(ANY))),
    { a: { x: '1' }, b: { y: '2' } },
  );
  const inner = convertToType(v({ a: { x: 1 }, b: { y: '2' } }), mapOf(ANY));
  assert.ok(inner.kind === 'object' && inner.entries.get('a')!.kind === 'object');
  if (inner.kind === 'object') assert.equal((inner.entries.get('a') as { type: string }).type, 'map');
  assert.throws(() => convertToType(v({ a: 1, b: [1] }), mapOf(ANY)), new TypeConversionError('all map elements must have the same type'));
  assert.throws(() => convertToType(v({ a: [1] }), mapOf(STRING)), new TypeConversionError('element "a": string required'));
  assert.throws(() => convertToType(v(['a']), mapOf(STRING)), new TypeConversionError('map of string required'));
});

test('convertToType: objects with required, optional and extra attributes', () => {
  const t = parse('object({ name = string, port = optional(number, 80), tags = optional(map(string)), extra = optional(object({ x = optional(bool, true) }), {}) })');
  assert.deepEqual(toJson(convertToType(v({ name: 'web', other: 1 }), t)), { extra: { x: true }, name: 'web', port: 80, tags: null });
  assert.deepEqual(toJson(convertToType(v({ name: 'web', port: '8080', extra: { x: false } }), t)), { extra: { x: false }, name: 'web', port: 8080, tags: null });
  assert.deepEqual(toJson(convertToType(v({ name: 'web', port: null }), t)), { extra: { x: true }, name: 'web', port: 80, tags: null }, 'null takes the default');
  assert.deepEqual(toJson(convertToType(map({ name: str('m') }), t)), { extra: { x: true }, name: 'm', port: 80, tags: null }, 'from a map');
  assert.throws(() => convertToType(v({ port: 1 }), t), new TypeConversionError('attribute "name" is required'));
  assert.throws(() => convertToType(v({}), parse('object({ b = string, a = string })')), new TypeConversionError('attributes "a" and "b" are required'));
  assert.throws(() => convertToType(v({}), parse('object({ c = string, b = string, a = string })')), new TypeConversionError('attributes "a", "b", and "c" are required'));
  assert.throws(() => convertToType(v({ name: 'x', port: 'eighty' }), t), new TypeConversionError('attribute "port": a number is required'));
  assert.throws(() => convertToType(v(['x']), t), new TypeConversionError('object required'));
});

test('convertToType: nested defaults apply inside collections', () => {
  const t = parse('list(object({ name = string, enabled = optional(bool, true) }))');
  assert.deepEqual(toJson(convertToType(v([{ name: 'a' }, { name: 'b', enabled: false }]), t)), [
    { enabled: true, name: 'a' },
    { enabled: false, name: 'b' },
  ]);
  const m = parse('map(object({ size = optional(number, 1) }))');
  assert.deepEqual(toJson(convertToType(v({ x: {}, y: { size: 3 } }), m)), { x: { size: 1 }, y: { size: 3 } });
  assert.throws(() => convertToType(v([{ name: 'a' }, {}]), t), new TypeConversionError('element 1: attribute "name" is required'));
});

test('convertToType keeps unknowns, origin and sensitivity', () => {
  const origin = { file: 'a.tf', start: 1, end: 5, role: 'literal' as const };
  const out = convertToType(markSensitive(num(3, origin)), STRING);
  assert.deepEqual(out, { kind: 'string', value: '3', origin, sensitive: true });
  const u = unknown('known after apply', 'aws_instance.a.id');
  assert.equal(convertToType(u, parse('object({ a = string })')), u);
  assert.deepEqual(toJson(convertToType(object({ a: u }), parse('object({ a = string, b = optional(string, "d") })'))), {
    a: { $unknown: 'known after apply', source: 'aws_instance.a.id' },
    b: 'd',
  });
});

test('unifyTypes follows cty', () => {
  const cases: [TypeConstraint[], string | undefined][] = [
    [[STRING, NUMBER], 'string'],
    [[NUMBER, BOOL], undefined],
    [[NUMBER, ANY], 'number'],
    [[tupleOf([STRING]), tupleOf([STRING, NUMBER])], 'list(string)'],
    [[tupleOf([STRING, NUMBER]), tupleOf([NUMBER, NUMBER])], 'tuple([string,number])'],
    [[objectOf({ a: NUMBER }), objectOf({ b: STRING })], 'map(string)'],
    [[objectOf({ a: NUMBER }), objectOf({ a: STRING })], 'object({a=string})'],
    [[mapOf(STRING), objectOf({ a: NUMBER })], 'map(string)'],
    [[listOf(STRING), STRING], undefined],
    [[listOf(ANY), listOf(NUMBER)], 'list(number)'],
  ];
  for (const [types, want] of cases) {
    const u = unifyTypes(types);
    assert.equal(u && typeToString(u), want, types.map(typeToString).join(', '));
  }
});

test('convertToType: an open resource object leaves its computed attributes unknown', () => {
  const resource = { ...object({ bucket: str('logs') }), open: 'aws_s3_bucket.logs' } as Value;
  const out = convertToType(resource, parse('object({ bucket = string, arn = string })'));
  assert.deepEqual(toJson(out), { arn: { $unknown: 'known after apply', source: 'aws_s3_bucket.logs.arn' }, bucket: 'logs' });
  assert.equal(convertToType(resource, mapOf(STRING)).kind, 'unknown');
});
