/**
 * Terraform's collection functions (developer.hashicorp.com/terraform/language/functions, the
 * "Collection Functions" section), with cty's result kinds: list vs tuple vs set, map vs object.
 *
 * Arguments are converted as Terraform converts them to the declared parameter type (a tuple given
 * for `list(string)` becomes a list of strings, `list(any)` unifies the elements). Functions whose
 * result does not depend on element values (length, keys, element, merge, ...) use the 'shallow'
 * unknowns policy and keep unknown elements in place; those that compare elements 'propagate'.
 */
import { ConversionError, toNumberValue, toStringValue } from '../coerce';
import { ANY, BOOL, STRING, TypeConversionError, convertToType, friendlyTypeName, listOf, mapOf, openObjectSource, setOf, typeOfValue, typesEqual, unifyTypes, type TypeConstraint } from '../types';
import { NULL, bool, firstUnknown, isWhollyKnown, list, map, num, object, set, str, tuple, unknown, valueKey, valuesEqual, type ListValue, type ObjectValue, type Value } from '../value';
import { FunctionError, type TfFunction } from './function';

function fail(message: string, arg?: number): never {
  throw new FunctionError(message, arg);
}

/** An unknown result explaining itself by the first unknown found in the arguments. */
function unknownFrom(...vals: readonly Value[]): Value {
  for (const v of vals) {
    const u = firstUnknown(v);
    if (u) return unknown(u.reason, u.source);
  }
  return unknown('known after apply');
}

/** Converts an argument to a parameter type, reporting a failure against that argument. */
function convertArg(v: Value, type: TypeConstraint, arg: number): Value {
  try {
    return convertToType(v, type);
  } catch (e) {
    if (e instanceof TypeConversionError) fail(e.message, arg);
    throw e;
  }
}

function asList(v: Value, arg: number, element: TypeConstraint = ANY): ListValue {
  const out = convertArg(v, listOf(element), arg);
  if (out.kind !== 'list') fail(`${friendlyTypeName(listOf(element))} required`, arg);
  return out;
}

function numberArg(v: Value, arg: number): number {
  let n: Value;
  try {
    n = toNumberValue(v);
  } catch (e) {
    if (e instanceof ConversionError) fail(e.message, arg);
    throw e;
  }
  if (n.kind !== 'number') fail('number required', arg);
  return n.value;
}

function wholeArg(v: Value, arg: number, what = 'invalid index'): number {
  const n = numberArg(v, arg);
  if (!Number.isInteger(n)) fail(`${what}: value must be a whole number`, arg);
  return n;
}

function stringArg(v: Value, arg: number): string {
  let s: Value;
  try {
    s = toStringValue(v);
  } catch (e) {
    if (e instanceof ConversionError) fail(e.message, arg);
    throw e;
  }
  if (s.kind !== 'string') fail('string required', arg);
  return s.value;
}

/** The name cty gives a value's type in messages ("list of string", "tuple", "object"). */
function valueTypeName(v: Value): string {
  const t = typeOfValue(v);
  return t.kind === 'any' ? 'dynamic' : friendlyTypeName(t).replace('any single type', 'dynamic');
}

/** Terraform equality when both sides are wholly known; undefined while either contains an unknown. */
function equalKnown(a: Value, b: Value): boolean | undefined {
  if (!isWhollyKnown(a) || !isWhollyKnown(b)) return undefined;
  return valuesEqual(a, b);
}

/** Go's sort.Strings order: by code point (UTF-8 byte order), not UTF-16 units. */
function compareCodePoints(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

function sortedEntries(v: ObjectValue): [string, Value][] {
  return [...v.entries].sort(([a], [b]) => compareCodePoints(a, b));
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : undefined;

/** Characters as Terraform counts them: grapheme clusters (code points where Intl.Segmenter is missing). */
function characterCount(s: string): number {
  if (!segmenter) return [...s].length;
  let n = 0;
  for (const _ of segmenter.segment(s)) n++;
  return n;
}

const alltrue: TfFunction = {
  name: 'alltrue',
  params: ['list'],
  unknowns: 'shallow',
  call([arg]) {
    const l = asList(arg!, 0, BOOL);
    for (const v of l.items) {
      if (v.kind === 'unknown') return unknownFrom(v);
      if (v.kind === 'null' || (v.kind === 'bool' && !v.value)) return bool(false);
    }
    return bool(true);
  },
};

const anytrue: TfFunction = {
  name: 'anytrue',
  params: ['list'],
  unknowns: 'shallow',
  call([arg]) {
    const l = asList(arg!, 0, BOOL);
    let pending: Value | undefined;
    for (const v of l.items) {
      if (v.kind === 'unknown') pending ??= v;
      else if (v.kind === 'bool' && v.value) return bool(true);
    }
    return pending ? unknownFrom(pending) : bool(false);
  },
};

const chunklist: TfFunction = {
  name: 'chunklist',
  params: ['list', 'size'],
  unknowns: 'shallow',
  call([arg, sizeArg]) {
    const l = asList(arg!, 0);
    if (l.items.length === 0) return list([]);
    const size = wholeArg(sizeArg!, 1);
    if (size < 0) fail('the size argument must be positive', 1);
    if (size === 0) return list([l]);
    const out: Value[] = [];
    for (let i = 0; i < l.items.length; i += size) out.push(list(l.items.slice(i, i + size)));
    return list(out);
  },
};

const coalesce: TfFunction = {
  name: 'coalesce',
  params: [],
  variadic: 'vals',
  unknowns: 'handle',
  allowNull: true,
  call(args) {
    const type = args.length > 0 ? unifyTypes(args.map(typeOfValue)) : undefined;
    if (!type) fail('all arguments must have the same type');
    for (const a of args) {
      const v = convertToType(a, type);
      if (v.kind === 'unknown') return unknownFrom(v);
      if (v.kind === 'null') continue;
      if (v.kind === 'string' && v.value === '') continue;
      return v;
    }
    return fail('no non-null, non-empty-string arguments');
  },
};

const coalescelist: TfFunction = {
  name: 'coalescelist',
  params: [],
  variadic: 'vals',
  unknowns: 'handle',
  allowNull: true,
  call(args) {
    if (args.length === 0) fail('at least one argument is required');
    args.forEach((a, i) => {
      if (a.kind !== 'unknown' && a.kind !== 'null' && !(a.kind === 'list' && a.type !== 'set')) fail('coalescelist arguments must be lists or tuples', i);
    });
    for (const a of args) {
      if (a.kind === 'unknown') return unknownFrom(a);
      if (a.kind === 'list' && a.items.length > 0) return a;
    }
    return fail('no non-null arguments');
  },
};

const compact: TfFunction = {
  name: 'compact',
  params: ['list'],
  call([arg]) {
    const l = asList(arg!, 0, STRING);
    return list(l.items.filter((v) => !(v.kind === 'null' || (v.kind === 'string' && v.value === ''))));
  },
};

const concat: TfFunction = {
  name: 'concat',
  params: [],
  variadic: 'seqs',
  unknowns: 'shallow',
  call(args) {
    if (args.length === 0) fail('at least one argument is required');
    if (args.every((a) => a.kind === 'list' && a.type === 'list')) {
      const type = unifyTypes(args.map(typeOfValue));
      if (type) return list(args.flatMap((a, i) => asList(convertArg(a, type, i), i).items));
    }
    const items: Value[] = [];
    args.forEach((a, i) => {
      if (a.kind !== 'list' || a.type === 'set') fail(`all arguments must be lists or tuples; got ${valueTypeName(a)}`, i);
      for (const x of a.items) items.push(x);
    });
    return tuple(items);
  },
};

const contains: TfFunction = {
  name: 'contains',
  params: ['list', 'value'],
  unknowns: 'shallow',
  call([coll, value]) {
    if (coll!.kind !== 'list') fail('argument must be list, tuple, or set', 0);
    let pending = false;
    for (const item of coll!.items) {
      const eq = equalKnown(item, value!);
      if (eq === undefined) pending = true;
      else if (eq) return bool(true);
    }
    return pending ? unknownFrom(coll!, value!) : bool(false);
  },
};

const distinct: TfFunction = {
  name: 'distinct',
  params: ['list'],
  call([arg]) {
    const l = asList(arg!, 0);
    const seen = new Set<string>();
    const out: Value[] = [];
    for (const v of l.items) {
      const k = valueKey(v);
      if (!seen.has(k)) {
        seen.add(k);
        out.push(v);
      }
    }
    return list(out);
  },
};

const element: TfFunction = {
  name: 'element',
  params: ['list', 'index'],
  unknowns: 'shallow',
  call([coll, index]) {
    if (coll!.kind !== 'list' || coll!.type === 'set') fail(`cannot read elements from ${valueTypeName(coll!)}`, 0);
    const i = wholeArg(index!, 1);
    const n = coll!.items.length;
    if (n === 0) fail('cannot use element function with an empty list', 0);
    // negative indexes count from the end (Terraform 1.8+), larger ones wrap around
    return coll!.items[((i % n) + n) % n]!;
  },
};

/** Flattens nested sequences; undefined when an unknown element might itself be a list. */
function flattenItems(items: readonly Value[]): Value[] | undefined {
  const out: Value[] = [];
  for (const v of items) {
    if (v.kind === 'unknown') return undefined;
    if (v.kind === 'list') {
      const inner = flattenItems(v.items);
      if (!inner) return undefined;
      for (const x of inner) out.push(x);
    } else out.push(v);
  }
  return out;
}

const flatten: TfFunction = {
  name: 'flatten',
  params: ['list'],
  unknowns: 'shallow',
  call([arg]) {
    if (arg!.kind !== 'list') fail('can only flatten lists, sets and tuples', 0);
    const out = flattenItems(arg!.items);
    return out ? tuple(out) : unknownFrom(arg!);
  },
};

const index: TfFunction = {
  name: 'index',
  params: ['list', 'value'],
  unknowns: 'shallow',
  call([coll, value]) {
    if (coll!.kind !== 'list' || coll!.type === 'set') fail('argument must be a list or tuple', 0);
    if (coll!.items.length === 0) fail('cannot search an empty list', 0);
    for (let i = 0; i < coll!.items.length; i++) {
      const eq = equalKnown(coll!.items[i]!, value!);
      if (eq === undefined) return unknownFrom(coll!.items[i]!, value!);
      if (eq) return num(i);
    }
    return fail('item not found');
  },
};

const keys: TfFunction = {
  name: 'keys',
  params: ['inputMap'],
  unknowns: 'shallow',
  call([arg]) {
    if (arg!.kind !== 'object') fail('must have map or object type', 0);
    if (openObjectSource(arg!)) return unknown('known after apply', openObjectSource(arg!));
    const names = sortedEntries(arg!).map(([k]) => str(k));
    return arg!.type === 'map' ? list(names) : tuple(names);
  },
};

const length: TfFunction = {
  name: 'length',
  params: ['value'],
  unknowns: 'shallow',
  call([arg]) {
    switch (arg!.kind) {
      case 'string':
        return num(characterCount(arg!.value));
      case 'list':
        return num(arg!.items.length);
      case 'object':
        if (openObjectSource(arg!)) return unknown('known after apply', openObjectSource(arg!));
        return num(arg!.entries.size);
      default:
        return fail('argument must be a string, a collection type, or a structural type', 0);
    }
  },
};

const lookup: TfFunction = {
  name: 'lookup',
  params: ['inputMap', 'key'],
  variadic: 'default',
  unknowns: 'handle',
  allowNull: true,
  call(args) {
    if (args.length > 3) fail(`lookup() takes two or three arguments, got ${args.length}`);
    const [m, k] = args as [Value, Value];
    const hasDefault = args.length === 3;
    if (m.kind === 'null') fail('argument must not be null', 0);
    if (k.kind === 'null') fail('argument must not be null', 1);
    if (m.kind !== 'unknown' && m.kind !== 'object') fail('lookup() requires a map as the first argument', 0);
    if (m.kind === 'unknown' || k.kind === 'unknown') return unknownFrom(m, k);
    const key = stringArg(k, 1);
    const found = m.entries.get(key);
    if (m.type === 'object') {
      if (found) return found;
      if (openObjectSource(m)) return unknown('known after apply', `${openObjectSource(m)}.${key}`);
      if (hasDefault) return args[2]!;
      return fail(`the given object has no attribute ${JSON.stringify(key)}`, 0);
    }
    const ety = unifyTypes([...m.entries.values()].map(typeOfValue)) ?? ANY;
    let def: Value | undefined;
    if (hasDefault) {
      try {
        def = convertToType(args[2]!, ety);
      } catch (e) {
        if (e instanceof TypeConversionError) fail('the default value must have the same type as the map elements', 2);
        throw e;
      }
    }
    if (found) return found;
    if (def) return def;
    return fail(`lookup failed to find key ${JSON.stringify(key)}`);
  },
};

const matchkeys: TfFunction = {
  name: 'matchkeys',
  params: ['values', 'keys', 'searchset'],
  call([valuesArg, keysArg, searchArg]) {
    const values = asList(valuesArg!, 0);
    let keys = asList(keysArg!, 1);
    let search = asList(searchArg!, 2);
    const type = unifyTypes([typeOfValue(keys), typeOfValue(search)]);
    if (!type) fail('keys and searchset must be of the same type');
    if (values.items.length !== keys.items.length) fail('length of keys and values should be equal');
    keys = asList(convertArg(keys, type, 1), 1);
    search = asList(convertArg(search, type, 2), 2);
    const out: Value[] = [];
    keys.items.forEach((key, i) => {
      if (search.items.some((s) => valuesEqual(key, s))) out.push(values.items[i]!);
    });
    return list(out);
  },
};

const merge: TfFunction = {
  name: 'merge',
  params: [],
  variadic: 'maps',
  unknowns: 'shallow',
  allowNull: true,
  call(args) {
    if (args.length === 0) return object({});
    args.forEach((a, i) => {
      if (a.kind !== 'null' && a.kind !== 'object') fail(`arguments must be maps or objects, got "${valueTypeName(a)}"`, i);
    });
    const present = args.filter((a): a is ObjectValue => a.kind === 'object');
    if (present.length === 0) return NULL;
    // an open resource object brings attributes not known yet, so the merged keys are not known
    const open = present.map(openObjectSource).find((x) => x !== undefined);
    if (open) return unknown('known after apply', open);
    const entries = new Map<string, Value>();
    for (const a of present) for (const [k, v] of a.entries) entries.set(k, v);
    // a map only when every argument has the same map type, as cty decides the result type
    const first = typeOfValue(present[0]!);
    const sameMaps = present.length === args.length && present.every((a) => a.type === 'map' && typesEqual(typeOfValue(a), first));
    return sameMaps ? map(entries) : object(entries);
  },
};

const one: TfFunction = {
  name: 'one',
  params: ['list'],
  unknowns: 'shallow',
  call([arg]) {
    if (arg!.kind === 'list' && arg!.items.length <= 1) return arg!.items[0] ?? NULL;
    return fail('must be a list, set, or tuple value with either zero or one elements', 0);
  },
};

const range: TfFunction = {
  name: 'range',
  params: [],
  variadic: 'params',
  call(args) {
    if (args.length < 1 || args.length > 3) fail('must have one, two, or three arguments');
    const ns = args.map((a, i) => numberArg(a, i));
    let start = 0;
    let end: number;
    let step: number;
    if (ns.length === 1) {
      end = ns[0]!;
      step = end < 0 ? -1 : 1;
    } else {
      start = ns[0]!;
      end = ns[1]!;
      step = ns.length === 3 ? ns[2]! : end < start ? -1 : 1;
    }
    if (step === 0) fail('step must not be zero', 2);
    const down = step < 0;
    if (down && end > start) fail('end must be less than start when step is negative', 1);
    if (!down && end < start) fail('end must be greater than start when step is positive', 1);
    const out: Value[] = [];
    for (let i = 0, x = start; down ? x > end : x < end; i++, x = start + i * step) {
      if (out.length >= 1024) fail('more than 1024 values were generated; either decrease the difference between start and end or use a smaller step');
      out.push(num(x));
    }
    return list(out);
  },
};

const reverse: TfFunction = {
  name: 'reverse',
  params: ['list'],
  unknowns: 'shallow',
  call([arg]) {
    if (arg!.kind !== 'list') fail(`can only reverse list or tuple values, not ${valueTypeName(arg!)}`, 0);
    const items = [...arg!.items].reverse();
    return arg!.type === 'tuple' ? tuple(items) : list(items);
  },
};

/** Converts every argument to a set of one common element type, as cty's set functions do. */
function asSets(args: readonly Value[]): ListValue[] {
  const etys: TypeConstraint[] = [];
  args.forEach((a, i) => {
    if (a.kind !== 'list') fail(`${friendlyTypeName(setOf(ANY))} required`, i);
    if (a.items.length === 0) return;
    const t = typeOfValue(asSetValue(a, setOf(ANY), i));
    if (t.kind === 'set') etys.push(t.element);
  });
  const ety = unifyTypes(etys);
  if (!ety) fail('given sets must all have compatible element types');
  return args.map((a, i) => asSetValue(a, setOf(ety), i));
}

function asSetValue(v: Value, type: TypeConstraint, arg: number): ListValue {
  const out = convertArg(v, type, arg);
  if (out.kind !== 'list') fail('set required', arg);
  return out;
}

function setOperation(name: string, params: string[], variadic: string | undefined, op: (a: ListValue, b: ListValue) => Value[]): TfFunction {
  return {
    name,
    params,
    ...(variadic ? { variadic } : {}),
    call(args) {
      const sets = asSets(args);
      let acc = sets[0]!;
      for (const s of sets.slice(1)) acc = set(op(acc, s));
      return set(acc.items);
    },
  };
}

const keySet = (s: ListValue): Set<string> => new Set(s.items.map(valueKey));

const setintersection = setOperation('setintersection', ['first_set'], 'other_sets', (a, b) => {
  const bk = keySet(b);
  return a.items.filter((x) => bk.has(valueKey(x)));
});
const setsubtract = setOperation('setsubtract', ['a', 'b'], undefined, (a, b) => {
  const bk = keySet(b);
  return a.items.filter((x) => !bk.has(valueKey(x)));
});
const setunion = setOperation('setunion', ['first_set'], 'other_sets', (a, b) => [...a.items, ...b.items]);

const setproduct: TfFunction = {
  name: 'setproduct',
  params: [],
  variadic: 'sets',
  call(args) {
    if (args.length < 2) fail('at least two arguments are required');
    let allLists = true;
    const columns = args.map((a, i) => {
      if (a.kind !== 'list') return fail('a set or a list is required', i);
      if (a.type === 'set') {
        allLists = false;
        return a.items;
      }
      const ety = unifyTypes(a.items.map(typeOfValue));
      if (!ety) fail('all elements must be of the same type', i);
      return asList(convertArg(a, listOf(ety), i), i).items;
    });
    let rows: Value[][] = [[]];
    for (const col of columns) rows = rows.flatMap((r) => col.map((x) => [...r, x]));
    const out = rows.map((r) => tuple(r));
    return allLists ? list(out) : set(out);
  },
};

const slice: TfFunction = {
  name: 'slice',
  params: ['list', 'start_index', 'end_index'],
  unknowns: 'shallow',
  call([arg, startArg, endArg]) {
    if (arg!.kind === 'list' && arg!.type === 'set') {
      fail('cannot slice a set, because its elements do not have indices; explicitly convert to a list if the ordering of the result is not important', 0);
    }
    if (arg!.kind !== 'list') fail('must be a list or tuple value', 0);
    const n = arg!.items.length;
    const start = wholeArg(startArg!, 1, 'invalid start index');
    if (start < 0) fail('start index must not be less than zero', 1);
    if (start > n) fail('start index must not be greater than the length of the list', 1);
    const end = wholeArg(endArg!, 2, 'invalid end index');
    if (end < 0) fail('end index must not be less than zero', 2);
    if (end > n) fail('end index must not be greater than the length of the list', 2);
    if (start > end) fail('start index must not be greater than end index', 1);
    const items = arg!.items.slice(start, end);
    return arg!.type === 'tuple' ? tuple(items) : list(items);
  },
};

const sort: TfFunction = {
  name: 'sort',
  params: ['list'],
  call([arg]) {
    const l = asList(arg!, 0, STRING);
    const strings = l.items.map((v, i) => {
      if (v.kind !== 'string') fail(`given list element ${i} is null; a null string cannot be sorted`, 0);
      return v;
    });
    return list([...strings].sort((a, b) => compareCodePoints(a.value, b.value)));
  },
};

const sum: TfFunction = {
  name: 'sum',
  params: ['list'],
  call([arg]) {
    const a = arg!;
    if (a.kind !== 'list' && a.kind !== 'object') fail('cannot sum noniterable', 0);
    const items = a.kind === 'list' ? a.items : [...a.entries.values()];
    if (items.length === 0) fail('cannot sum an empty list', 0);
    if (a.kind === 'object') fail(`argument must be list, set, or tuple. Received ${valueTypeName(a)}`, 0);
    let total = 0;
    for (const v of items) {
      let n: Value;
      try {
        n = toNumberValue(v);
      } catch {
        return fail('argument must be list, set, or tuple of number values', 0);
      }
      if (n.kind !== 'number') fail('argument must be list, set, or tuple of number values', 0);
      total += n.value;
    }
    if (Number.isNaN(total)) fail("can't compute sum of opposing infinities");
    return num(total);
  },
};

const transpose: TfFunction = {
  name: 'transpose',
  params: ['values'],
  call([arg]) {
    const m = convertArg(arg!, mapOf(listOf(STRING)), 0) as ObjectValue;
    const out = new Map<string, string[]>();
    for (const [k, v] of m.entries) {
      for (const x of (v as ListValue).items) {
        if (x.kind !== 'string') fail('input must be a map of lists of strings', 0);
        const acc = out.get(x.value) ?? [];
        acc.push(k);
        out.set(x.value, acc);
      }
    }
    const entries = [...out].sort(([a], [b]) => compareCodePoints(a, b));
    return map(new Map(entries.map(([k, vs]) => [k, list(vs.sort(compareCodePoints).map((s) => str(s)))])));
  },
};

const values: TfFunction = {
  name: 'values',
  params: ['mapping'],
  unknowns: 'shallow',
  call([arg]) {
    if (arg!.kind !== 'object') fail('values() requires a map as the first argument', 0);
    if (openObjectSource(arg!)) return unknown('known after apply', openObjectSource(arg!));
    const items = sortedEntries(arg!).map(([, v]) => v);
    return arg!.type === 'map' ? list(items) : tuple(items);
  },
};

const zipmap: TfFunction = {
  name: 'zipmap',
  params: ['keys', 'values'],
  unknowns: 'shallow',
  call([keysArg, valuesArg]) {
    const ks = asList(keysArg!, 0, STRING);
    const vs = valuesArg!;
    if (vs.kind !== 'list' || vs.type === 'set') fail('values argument must be a list or tuple value', 1);
    if (!isWhollyKnown(ks)) return unknownFrom(ks);
    if (ks.items.length !== vs.items.length) fail(`number of keys (${ks.items.length}) does not match number of values (${vs.items.length})`);
    const entries = new Map<string, Value>();
    ks.items.forEach((k, i) => {
      if (k.kind !== 'string') fail(`keys list has null value at index ${i}`, 0);
      entries.set(k.value, vs.items[i]!);
    });
    return vs.type === 'tuple' ? object(entries) : map(entries);
  },
};

/** The collection family, in alphabetical order. */
export const COLLECTION_FUNCTIONS: readonly TfFunction[] = [
  alltrue,
  anytrue,
  chunklist,
  coalesce,
  coalescelist,
  compact,
  concat,
  contains,
  distinct,
  element,
  flatten,
  index,
  keys,
  length,
  lookup,
  matchkeys,
  merge,
  one,
  range,
  reverse,
  setintersection,
  setproduct,
  setsubtract,
  setunion,
  slice,
  sort,
  sum,
  transpose,
  values,
  zipmap,
];
