/**
 * Terraform type constraints (the `type` of a variable, the argument of the to* functions) and the
 * conversion of values to them, following cty's `convert` package as Terraform uses it (the
 * "unsafe" mode: a string may become a number or bool when it spells one).
 *
 * A TypeConstraint is a plain tree:
 * - `string`, `number`, `bool`: primitives;
 * - `any`: keeps whatever value it is given; as an element type (`list(any)`, `map(any)`) it means
 *   "one type chosen from the elements", found by unifying the element types as Terraform does;
 * - `list(T)`, `set(T)`, `map(T)`: collections of one element type;
 * - `tuple([T, ...])`: a fixed sequence of per-position types;
 * - `object({ name = T, ... })`: named attributes, each maybe `optional(T)` or `optional(T, default)`;
 *   the default is a Value already converted to T.
 *
 * Values do not carry static types (an empty list has no element type), so unification treats
 * `null`, unknown values and empty collections as fitting any type. Unknown values convert to
 * themselves; null converts to null (nullability is the caller's concern).
 */
import type { Expression, TemplatePart } from '../hcl';
import { ConversionError, toBoolValue, toNumberValue, toStringValue } from './coerce';
import { bool, list, map, nullValue, num, object, set, str, tuple, unknown, type ListValue, type ObjectValue, type Value } from './value';

export interface PrimitiveType {
  readonly kind: 'string' | 'number' | 'bool';
}
/** Any value; as an element type, the single type the elements unify to. */
export interface AnyType {
  readonly kind: 'any';
}
export interface CollectionType {
  readonly kind: 'list' | 'set' | 'map';
  readonly element: TypeConstraint;
}
export interface TupleType {
  readonly kind: 'tuple';
  readonly elements: readonly TypeConstraint[];
}
export interface ObjectAttribute {
  readonly type: TypeConstraint;
  /** Declared with `optional(...)`: may be omitted, and then takes `default` (or null). */
  readonly optional: boolean;
  /** The `optional(T, default)` default, converted to `type`. */
  readonly default?: Value;
}
export interface ObjectType {
  readonly kind: 'object';
  readonly attributes: ReadonlyMap<string, ObjectAttribute>;
}

export type TypeConstraint = PrimitiveType | AnyType | CollectionType | TupleType | ObjectType;

export const STRING: PrimitiveType = { kind: 'string' };
export const NUMBER: PrimitiveType = { kind: 'number' };
export const BOOL: PrimitiveType = { kind: 'bool' };
export const ANY: AnyType = { kind: 'any' };

export function listOf(element: TypeConstraint): CollectionType {
  return { kind: 'list', element };
}
export function setOf(element: TypeConstraint): CollectionType {
  return { kind: 'set', element };
}
export function mapOf(element: TypeConstraint): CollectionType {
  return { kind: 'map', element };
}
export function tupleOf(elements: readonly TypeConstraint[]): TupleType {
  return { kind: 'tuple', elements };
}
/** An object type; a bare TypeConstraint in `attributes` means a required attribute. */
export function objectOf(attributes: Record<string, TypeConstraint | ObjectAttribute>): ObjectType {
  const attrs = new Map<string, ObjectAttribute>();
  for (const [name, a] of Object.entries(attributes)) attrs.set(name, 'optional' in a ? a : { type: a, optional: false });
  return { kind: 'object', attributes: attrs };
}

/** A conversion failure; the message is Terraform's ("a number is required", `attribute "x" is required`). */
export class TypeConversionError extends Error {}

// ---- rendering ----

/** Renders a type as Terraform writes it: `list(string)`, `object({name=string,port=optional(number)})`. */
export function typeToString(type: TypeConstraint): string {
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'bool':
    case 'any':
      return type.kind;
    case 'list':
    case 'set':
    case 'map':
      return `${type.kind}(${typeToString(type.element)})`;
    case 'tuple':
      return `tuple([${type.elements.map(typeToString).join(',')}])`;
    case 'object': {
      const names = [...type.attributes.keys()].sort();
      const parts = names.map((n) => {
        const a = type.attributes.get(n)!;
        return `${n}=${a.optional ? `optional(${typeToString(a.type)})` : typeToString(a.type)}`;
      });
      return `object({${parts.join(',')}})`;
    }
  }
}

/** The words Terraform uses for a type constraint in messages: "list of string", "map of any single type". */
export function friendlyTypeName(type: TypeConstraint): string {
  switch (type.kind) {
    case 'any':
      return 'any type';
    case 'list':
    case 'set':
    case 'map':
      return `${type.kind} of ${type.element.kind === 'any' ? 'any single type' : friendlyTypeName(type.element)}`;
    default:
      return type.kind;
  }
}

export function typesEqual(a: TypeConstraint, b: TypeConstraint): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'list':
    case 'set':
    case 'map':
      return typesEqual(a.element, (b as CollectionType).element);
    case 'tuple': {
      const be = (b as TupleType).elements;
      return a.elements.length === be.length && a.elements.every((t, i) => typesEqual(t, be[i]!));
    }
    case 'object': {
      const ba = (b as ObjectType).attributes;
      if (a.attributes.size !== ba.size) return false;
      for (const [n, x] of a.attributes) {
        const y = ba.get(n);
        if (!y || x.optional !== y.optional || !typesEqual(x.type, y.type)) return false;
      }
      return true;
    }
    default:
      return true;
  }
}

// ---- parsing ----

/** Evaluates an `optional(T, default)` default expression; throws to report it invalid. */
export type DefaultEvaluator = (expr: Expression) => Value;

export type TypeParseResult = { type: TypeConstraint } | { error: string; start: number; end: number };

class TypeParseError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number,
  ) {
    super(message);
  }
}

const INVALID_TYPE = 'A type specification is either a primitive type keyword (bool, number, string) or a complex type constructor call, like list(string).';

/**
 * Reads a type constraint from its syntax tree, as Terraform's `typeexpr` does: keywords are bare
 * names (`string`), constructors are calls (`list(string)`, `object({ a = optional(number, 1) })`).
 * `text` is the file text the node offsets index (used to recognise the legacy quoted form
 * `"string"`). Defaults are evaluated by `evalDefault` (the module evaluator) or, without one, by a
 * constant evaluator that accepts literals, tuples, objects and templates without interpolation.
 * Never throws: an invalid constraint yields Terraform's message and the range of the culprit.
 */
export function parseTypeConstraint(expr: Expression, text: string, evalDefault?: DefaultEvaluator): TypeParseResult {
  try {
    return { type: parseType(expr, text, evalDefault ?? constantValue, false) as TypeConstraint };
  } catch (e) {
    if (e instanceof TypeParseError) return { error: e.message, start: e.start, end: e.end };
    throw e;
  }
}

/** With `attribute` set, `optional(...)` is allowed and an ObjectAttribute is returned. */
function parseType(expr: Expression, text: string, evalDefault: DefaultEvaluator, attribute: boolean): TypeConstraint | ObjectAttribute {
  const fail = (message: string, node: { start: number; end: number } = expr): never => {
    throw new TypeParseError(message, node.start, node.end);
  };
  if (expr.kind === 'variable') {
    switch (expr.name) {
      case 'string':
        return STRING;
      case 'number':
        return NUMBER;
      case 'bool':
        return BOOL;
      case 'any':
        return ANY;
      case 'list':
      case 'map':
      case 'set':
        return fail(`The ${expr.name} type constructor requires one argument specifying the element type.`);
      case 'object':
        return fail('The object type constructor requires one argument specifying the attribute types as a map.');
      case 'tuple':
        return fail('The tuple type constructor requires one argument specifying the element types as a list.');
      case 'optional':
        return fail('Keyword "optional" is valid only as a modifier for object type attributes.');
      default:
        return fail(`The keyword "${expr.name}" is not a valid type specifier.`);
    }
  }
  if (expr.kind === 'template' && text[expr.start] === '"') {
    const only = expr.parts.length === 1 ? expr.parts[0] : undefined;
    if (only?.kind === 'template-literal' && /^(string|number|bool|any|list|map|set)$/.test(only.value)) {
      return fail(
        `Terraform 0.11 and earlier required type constraints to be given in quotes, but that form is no longer supported. Remove the quotes around "${only.value}".`,
      );
    }
  }
  if (expr.kind !== 'call') return fail(INVALID_TYPE);

  const name = expr.name.name;
  const args = expr.args;
  const one = (detail: string): Expression => (args.length === 1 && !expr.expandFinal ? args[0]! : fail(detail));
  switch (name) {
    case 'string':
    case 'number':
    case 'bool':
    case 'any':
      return fail(`Primitive type keyword "${name}" does not expect arguments.`);
    case 'list':
    case 'set':
    case 'map': {
      const element = parseType(one(`The ${name} type constructor requires one argument specifying the element type.`), text, evalDefault, false);
      return { kind: name, element: element as TypeConstraint };
    }
    case 'tuple': {
      const arg = one('The tuple type constructor requires one argument specifying the element types as a list.');
      if (arg.kind !== 'tuple') return fail('Tuple type constructor requires a list of element types.', arg);
      return tupleOf(arg.items.map((x) => parseType(x, text, evalDefault, false) as TypeConstraint));
    }
    case 'object': {
      const arg = one('The object type constructor requires one argument specifying the attribute types as a map.');
      if (arg.kind !== 'object') {
        return fail('Object type constructor requires a map whose keys are attribute names and whose values are the corresponding attribute types.', arg);
      }
      const attrs = new Map<string, ObjectAttribute>();
      for (const item of arg.items) {
        if (item.key.kind !== 'variable') return fail('Object constructor map keys must be attribute names.', item.key);
        const parsed = parseType(item.value, text, evalDefault, true);
        attrs.set(item.key.name, 'kind' in parsed ? { type: parsed, optional: false } : parsed);
      }
      return { kind: 'object', attributes: attrs };
    }
    case 'optional': {
      if (!attribute) return fail('Keyword "optional" is valid only as a modifier for object type attributes.');
      if (args.length < 1) return fail('Optional attribute modifier requires the attribute type as its argument.');
      if (args.length > 2) return fail('Optional attribute modifier expects at most two arguments: the attribute type, and a default value.');
      const type = parseType(args[0]!, text, evalDefault, false) as TypeConstraint;
      if (args.length === 1) return { type, optional: true };
      const defExpr = args[1]!;
      let raw: Value;
      try {
        raw = evalDefault(defExpr);
      } catch (e) {
        return fail(e instanceof Error ? e.message : String(e), defExpr);
      }
      try {
        return { type, optional: true, default: convertToType(raw, type) };
      } catch (e) {
        if (e instanceof TypeConversionError) {
          return fail(`Invalid default value for optional attribute: this default value is not compatible with the attribute's type constraint: ${e.message}.`, defExpr);
        }
        throw e;
      }
    }
    default:
      return fail(`Keyword "${name}" is not a valid type constructor.`, expr.name);
  }
}

/** The fallback default evaluator: constants only (literals, tuples, objects, plain strings, negation). */
function constantValue(expr: Expression): Value {
  switch (expr.kind) {
    case 'literal':
      if (expr.value === null) return nullValue();
      return typeof expr.value === 'boolean' ? bool(expr.value) : num(expr.value);
    case 'template':
      return str(constantTemplate(expr.parts));
    case 'tuple':
      return tuple(expr.items.map(constantValue));
    case 'object': {
      const entries = new Map<string, Value>();
      for (const item of expr.items) {
        const key = item.key.kind === 'variable' ? str(item.key.name) : toStringValue(constantValue(item.key));
        if (key.kind !== 'string') throw new Error('Object keys must be strings.');
        entries.set(key.value, constantValue(item.value));
      }
      return object(entries);
    }
    case 'paren':
      return constantValue(expr.expr);
    case 'unary': {
      const v = constantValue(expr.operand);
      if (expr.op === '-' && v.kind === 'number') return num(-v.value);
      if (expr.op === '!' && v.kind === 'bool') return bool(!v.value);
      break;
    }
    default:
      break;
  }
  throw new Error('This default value must be a constant: it cannot refer to other values here.');
}

function constantTemplate(parts: readonly TemplatePart[]): string {
  let out = '';
  for (const p of parts) {
    if (p.kind !== 'template-literal') throw new Error('This default value must be a constant: it cannot refer to other values here.');
    out += p.value;
  }
  return out;
}

// ---- the type of a value, and unification ----

/**
 * The most precise type a value has, as cty would give it. Null, unknown values and the elements of
 * empty collections get `any`, meaning "fits whatever the others need".
 */
export function typeOfValue(v: Value): TypeConstraint {
  switch (v.kind) {
    case 'null':
    case 'unknown':
      return ANY;
    case 'string':
      return STRING;
    case 'number':
      return NUMBER;
    case 'bool':
      return BOOL;
    case 'list':
      if (v.type === 'tuple') return tupleOf(v.items.map(typeOfValue));
      return { kind: v.type, element: unifyTypes(v.items.map(typeOfValue)) ?? ANY };
    case 'object': {
      if (v.type === 'map') return mapOf(unifyTypes([...v.entries.values()].map(typeOfValue)) ?? ANY);
      const attrs = new Map<string, ObjectAttribute>();
      for (const [k, x] of v.entries) attrs.set(k, { type: typeOfValue(x), optional: false });
      return { kind: 'object', attributes: attrs };
    }
  }
}

/**
 * The single type all the given types convert to, as cty's unification chooses it, or undefined
 * if there is none. `any` entries are wildcards. Mixed primitives unify to string only when a
 * string is among them; objects with different attributes unify to a map, tuples of different
 * lengths to a list.
 */
export function unifyTypes(types: readonly TypeConstraint[]): TypeConstraint | undefined {
  const ts = types.filter((t) => t.kind !== 'any');
  if (ts.length === 0) return ANY;
  const first = ts[0]!;
  if (ts.every((t) => typesEqual(t, first))) return first;
  const count = (k: TypeConstraint['kind']): number => ts.filter((t) => t.kind === k).length;
  const n = ts.length;
  const maps = count('map');
  const lists = count('list');
  const sets = count('set');
  const objects = count('object');
  const tuples = count('tuple');
  const elementsOf = (t: TypeConstraint): TypeConstraint[] => {
    switch (t.kind) {
      case 'list':
      case 'set':
      case 'map':
        return [t.element];
      case 'tuple':
        return [...t.elements];
      case 'object':
        return [...t.attributes.values()].map((a) => a.type);
      default:
        return [];
    }
  };
  const collection = (kind: 'list' | 'set' | 'map'): TypeConstraint | undefined => {
    const e = unifyTypes(ts.flatMap(elementsOf));
    return e ? { kind, element: e } : undefined;
  };
  if (maps + objects === n && objects > 0 && maps === 0) {
    const names = [...(first as ObjectType).attributes.keys()].sort().join('\0');
    const same = ts.every((t) => [...(t as ObjectType).attributes.keys()].sort().join('\0') === names);
    if (!same) return collection('map');
    const attrs = new Map<string, ObjectAttribute>();
    for (const name of (first as ObjectType).attributes.keys()) {
      const u = unifyTypes(ts.map((t) => (t as ObjectType).attributes.get(name)!.type));
      if (!u) return undefined;
      attrs.set(name, { type: u, optional: false });
    }
    return { kind: 'object', attributes: attrs };
  }
  if (maps + objects === n) return collection('map');
  if (tuples === n) {
    const len = (first as TupleType).elements.length;
    if (!ts.every((t) => (t as TupleType).elements.length === len)) return collection('list');
    const elements: TypeConstraint[] = [];
    for (let i = 0; i < len; i++) {
      const u = unifyTypes(ts.map((t) => (t as TupleType).elements[i]!));
      if (!u) return undefined;
      elements.push(u);
    }
    return tupleOf(elements);
  }
  if (lists + tuples === n) return collection('list');
  if (sets + tuples === n) return collection('set');
  if (lists + sets === n) return collection('list');
  const primitives = count('string') + count('number') + count('bool');
  if (primitives === n && count('string') > 0) return STRING;
  return undefined;
}

// ---- conversion ----

/**
 * Converts a value to a type constraint as Terraform converts a variable's value to its `type`:
 * primitives as coerce.ts does, sequences to list/set/tuple, records to map/object, optional
 * attributes filled with their default (or null), extra attributes dropped. The result keeps the
 * value's origin and sensitivity. Throws TypeConversionError with Terraform's message, prefixed with
 * the path to the failing element (`element 0: `, `attribute "name": `).
 */
export function convertToType(value: Value, type: TypeConstraint): Value {
  if (type.kind === 'any' || value.kind === 'unknown' || value.kind === 'null') return value;
  switch (type.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return keepMeta(value, convertPrimitive(value, type));
    case 'list':
    case 'set':
      return keepMeta(value, convertSequence(value, type));
    case 'map':
      return keepMeta(value, convertMap(value, type));
    case 'tuple':
      return keepMeta(value, convertTuple(value, type));
    case 'object':
      return keepMeta(value, convertObject(value, type));
  }
}

function keepMeta(from: Value, to: Value): Value {
  if (from === to) return to;
  const out = { ...to } as { -readonly [K in keyof Value]?: Value[K] };
  if (from.origin) out.origin = from.origin;
  else delete out.origin;
  if (from.sensitive) out.sensitive = true;
  return out as Value;
}

function convertPrimitive(v: Value, type: PrimitiveType): Value {
  if (v.kind === 'list' || v.kind === 'object') throw new TypeConversionError(`${type.kind} required`);
  try {
    switch (type.kind) {
      case 'string':
        return toStringValue(v);
      case 'number':
        return toNumberValue(v);
      case 'bool':
        return toBoolValue(v);
    }
  } catch (e) {
    if (!(e instanceof ConversionError)) throw e;
    throw new TypeConversionError(v.kind === 'string' ? `a ${type.kind} is required` : `${type.kind} required`);
  }
}

/** Converts every element; a failure is reported with the element's place. */
function convertElement(v: Value, type: TypeConstraint, where: string): Value {
  try {
    return convertToType(v, type);
  } catch (e) {
    if (e instanceof TypeConversionError) throw new TypeConversionError(`${where}: ${e.message}`);
    throw e;
  }
}

/** For `list(any)`-like targets: the one element type the values unify to. */
function elementTypeFor(items: readonly Value[], wanted: TypeConstraint, noun: 'list' | 'set' | 'map'): TypeConstraint {
  if (wanted.kind !== 'any') return wanted;
  const u = unifyTypes(items.map(typeOfValue));
  if (!u) throw new TypeConversionError(`all ${noun} elements must have the same type`);
  return u;
}

function convertSequence(v: Value, type: CollectionType): ListValue {
  if (v.kind !== 'list') throw new TypeConversionError(`${friendlyTypeName(type)} required`);
  const ety = elementTypeFor(v.items, type.element, type.kind as 'list' | 'set');
  const items = v.items.map((x, i) => convertElement(x, ety, `element ${i}`));
  return type.kind === 'set' ? set(items) : list(items);
}

/**
 * The resource address of an "open" object (value.ts: a resource whose other attributes are
 * computed after apply), read structurally so this file does not depend on that field existing.
 */
export function openObjectSource(v: Value): string | undefined {
  return v.kind === 'object' ? (v as { open?: string }).open : undefined;
}

function convertMap(v: Value, type: CollectionType): Value {
  if (v.kind !== 'object') throw new TypeConversionError(`${friendlyTypeName(type)} required`);
  // an open object's keys are not all known yet, so neither is the map
  const open = openObjectSource(v);
  if (open) return unknown('known after apply', open);
  const ety = elementTypeFor([...v.entries.values()], type.element, 'map');
  const entries = new Map<string, Value>();
  for (const [k, x] of v.entries) entries.set(k, convertElement(x, ety, `element ${JSON.stringify(k)}`));
  return map(entries);
}

function convertTuple(v: Value, type: TupleType): ListValue {
  if (v.kind !== 'list' || v.type === 'set' || v.items.length !== type.elements.length) throw new TypeConversionError('tuple required');
  return tuple(v.items.map((x, i) => convertElement(x, type.elements[i]!, `element ${i}`)));
}

function convertObject(v: Value, type: ObjectType): ObjectValue {
  if (v.kind !== 'object') throw new TypeConversionError('object required');
  const open = openObjectSource(v);
  const missing = [...type.attributes].filter(([n, a]) => !a.optional && !v.entries.has(n)).map(([n]) => n).sort();
  if (missing.length > 0 && !open) throw new TypeConversionError(missingMessage(missing));
  const entries = new Map<string, Value>();
  for (const name of [...type.attributes.keys()].sort()) {
    const attr = type.attributes.get(name)!;
    const given = v.entries.get(name) ?? (open ? unknown('known after apply', `${open}.${name}`) : undefined);
    if (given === undefined || given.kind === 'null') {
      entries.set(name, attr.optional && attr.default ? convertElement(attr.default, attr.type, `attribute ${JSON.stringify(name)}`) : (given ?? nullValue()));
      continue;
    }
    entries.set(name, convertElement(given, attr.type, `attribute ${JSON.stringify(name)}`));
  }
  return object(entries);
}

function missingMessage(names: readonly string[]): string {
  const q = names.map((n) => JSON.stringify(n));
  if (q.length === 1) return `attribute ${q[0]} is required`;
  if (q.length === 2) return `attributes ${q[0]} and ${q[1]} are required`;
  return `attributes ${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]} are required`;
}
