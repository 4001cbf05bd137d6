/**
 * Terraform values as Kensa evaluates them: cty's kinds (null, bool, number, string, the list/set/
 * tuple sequences, the map/object records) plus `unknown`, a value that cannot be known before
 * apply. Unknown is never guessed: operations on it yield unknown, and it says why and, when it comes
 * from a resource attribute, from which one.
 *
 * Every value may carry an `origin`: where it was written (a literal in a .tf file, a tfvars line, a
 * variable default) and, through `via`, the references it travelled (a variable, a module input, a
 * local), so a finding can point at the attribute and add related locations for where the value
 * came from. Values are immutable; helpers return new values.
 */

/** A place in a file: offsets into its text. The module model turns it into lines and columns. */
export interface Origin {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  /** What this step is: where a value was written, or a reference it passed through. */
  readonly role: OriginRole;
  /** The step before this one, towards where the value was first written. */
  readonly via?: Origin;
}

export type OriginRole =
  | 'literal'
  | 'variable-default'
  | 'tfvars'
  | 'cli-var'
  | 'module-input'
  | 'variable'
  | 'local'
  | 'output'
  | 'resource-attribute'
  | 'expression';

interface Base {
  readonly origin?: Origin;
  /** Declared sensitive (a sensitive variable or output), or derived from one. */
  readonly sensitive?: boolean;
}

export interface NullValue extends Base {
  readonly kind: 'null';
}
export interface BoolValue extends Base {
  readonly kind: 'bool';
  readonly value: boolean;
}
export interface NumberValue extends Base {
  readonly kind: 'number';
  readonly value: number;
}
export interface StringValue extends Base {
  readonly kind: 'string';
  readonly value: string;
}
/** A sequence. `type` keeps cty's distinction: a list, a set (unordered, unique) or a tuple. */
export interface ListValue extends Base {
  readonly kind: 'list';
  readonly type: 'list' | 'set' | 'tuple';
  readonly items: readonly Value[];
}
/** A record with string keys. `type` keeps cty's distinction: a map or an object. */
export interface ObjectValue extends Base {
  readonly kind: 'object';
  readonly type: 'map' | 'object';
  readonly entries: ReadonlyMap<string, Value>;
  /**
   * Set on a resource's value: attributes not in `entries` are computed by the provider and known
   * only after apply. The string is the resource address, to name them (`aws_instance.web.id`).
   */
  readonly open?: string;
}
/**
 * A value not known before apply. `reason` says why in words a user understands ("known after
 * apply", "read from AWS at plan time (data.aws_ami.ubuntu)", "unknown because its count is known after apply"): a predicate, read after "is". `source` names the resource
 * attribute it derives from, when there is one: `aws_s3_bucket.logs.id`.
 */
export interface UnknownValue extends Base {
  readonly kind: 'unknown';
  readonly reason: string;
  readonly source?: string;
}

export type Value = NullValue | BoolValue | NumberValue | StringValue | ListValue | ObjectValue | UnknownValue;

export type ValueKind = Value['kind'];

// ---- constructors ----

export const NULL: NullValue = { kind: 'null' };
export const TRUE: BoolValue = { kind: 'bool', value: true };
export const FALSE: BoolValue = { kind: 'bool', value: false };

export function nullValue(origin?: Origin): NullValue {
  return origin ? { kind: 'null', origin } : NULL;
}
export function bool(value: boolean, origin?: Origin): BoolValue {
  return origin ? { kind: 'bool', value, origin } : value ? TRUE : FALSE;
}
export function num(value: number, origin?: Origin): NumberValue {
  return origin ? { kind: 'number', value, origin } : { kind: 'number', value };
}
export function str(value: string, origin?: Origin): StringValue {
  return origin ? { kind: 'string', value, origin } : { kind: 'string', value };
}
export function tuple(items: readonly Value[], origin?: Origin): ListValue {
  return origin ? { kind: 'list', type: 'tuple', items, origin } : { kind: 'list', type: 'tuple', items };
}
export function list(items: readonly Value[], origin?: Origin): ListValue {
  return origin ? { kind: 'list', type: 'list', items, origin } : { kind: 'list', type: 'list', items };
}
/** A set: items deduplicated by value (first occurrence kept) and sorted as Terraform orders sets. */
export function set(items: readonly Value[], origin?: Origin): ListValue {
  const seen = new Map<string, Value>();
  for (const item of items) {
    const k = valueKey(item);
    if (!seen.has(k)) seen.set(k, item);
  }
  const sorted = [...seen.values()].sort(compareForSet);
  return origin ? { kind: 'list', type: 'set', items: sorted, origin } : { kind: 'list', type: 'set', items: sorted };
}
export function object(entries: ReadonlyMap<string, Value> | Record<string, Value>, origin?: Origin): ObjectValue {
  const map = entries instanceof Map ? entries : new Map(Object.entries(entries));
  return origin ? { kind: 'object', type: 'object', entries: map, origin } : { kind: 'object', type: 'object', entries: map };
}
export function map(entries: ReadonlyMap<string, Value> | Record<string, Value>, origin?: Origin): ObjectValue {
  const m = entries instanceof Map ? entries : new Map(Object.entries(entries));
  return origin ? { kind: 'object', type: 'map', entries: m, origin } : { kind: 'object', type: 'map', entries: m };
}
export function unknown(reason: string, source?: string, origin?: Origin): UnknownValue {
  return { kind: 'unknown', reason, ...(source ? { source } : {}), ...(origin ? { origin } : {}) };
}

// ---- inspection ----

export function isKnown(v: Value): boolean {
  return v.kind !== 'unknown';
}

/** True if the value or anything inside it is unknown. */
export function isWhollyKnown(v: Value): boolean {
  switch (v.kind) {
    case 'unknown':
      return false;
    case 'list':
      return v.items.every(isWhollyKnown);
    case 'object':
      for (const x of v.entries.values()) if (!isWhollyKnown(x)) return false;
      return true;
    default:
      return true;
  }
}

/** The first unknown inside a value, depth first, to explain why a result is unknown. */
export function firstUnknown(v: Value): UnknownValue | undefined {
  switch (v.kind) {
    case 'unknown':
      return v;
    case 'list':
      for (const x of v.items) {
        const u = firstUnknown(x);
        if (u) return u;
      }
      return undefined;
    case 'object':
      for (const x of v.entries.values()) {
        const u = firstUnknown(x);
        if (u) return u;
      }
      return undefined;
    default:
      return undefined;
  }
}

/** Same value with a different origin (and sensitivity kept). */
export function withOrigin<V extends Value>(v: V, origin: Origin | undefined): V {
  if (v.origin === origin) return v;
  const copy = { ...v } as { -readonly [K in keyof V]: V[K] };
  if (origin) (copy as { origin?: Origin }).origin = origin;
  else delete (copy as { origin?: Origin }).origin;
  return copy as V;
}

/** Adds a reference step to a value's provenance: the value now also came `via` this place. */
export function through<V extends Value>(v: V, step: Omit<Origin, 'via'>): V {
  return withOrigin(v, { ...step, ...(v.origin ? { via: v.origin } : {}) });
}

export function markSensitive<V extends Value>(v: V): V {
  return v.sensitive ? v : ({ ...v, sensitive: true } as V);
}

/** The steps of a value's provenance, from the use back to where it was first written. */
export function originChain(v: Value): Origin[] {
  const out: Origin[] = [];
  for (let o = v.origin; o; o = o.via) out.push(o);
  return out;
}

/** Where the value was first written (the end of its provenance chain). */
export function writtenAt(v: Value): Origin | undefined {
  let o = v.origin;
  while (o?.via) o = o.via;
  return o;
}

// ---- equality and ordering ----

/** A canonical text for a known value, ignoring provenance: equal values have equal keys. */
export function valueKey(v: Value): string {
  switch (v.kind) {
    case 'null':
      return 'null';
    case 'bool':
      return v.value ? 'true' : 'false';
    case 'number':
      return `n:${v.value}`;
    case 'string':
      return `s:${JSON.stringify(v.value)}`;
    case 'unknown':
      return `?:${v.reason}`;
    case 'list':
      return `${v.type}[${v.items.map(valueKey).join(',')}]`;
    case 'object': {
      const keys = [...v.entries.keys()].sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${valueKey(v.entries.get(k)!)}`).join(',')}}`;
    }
  }
}

/** Terraform equality of two known values (lists and tuples of equal items are equal; maps and objects too). */
export function valuesEqual(a: Value, b: Value): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'null':
      return true;
    case 'bool':
    case 'number':
    case 'string':
      return a.value === (b as typeof a).value;
    case 'unknown':
      return false;
    case 'list': {
      const bi = (b as ListValue).items;
      return a.items.length === bi.length && a.items.every((x, i) => valuesEqual(x, bi[i]!));
    }
    case 'object': {
      const be = (b as ObjectValue).entries;
      if (a.entries.size !== be.size) return false;
      for (const [k, x] of a.entries) {
        const y = be.get(k);
        if (!y || !valuesEqual(x, y)) return false;
      }
      return true;
    }
  }
}

/**
 * Terraform's `==` (cty's Equals) where parts may be unknown: true or false when the known parts
 * decide it, undefined when an unknown could still make the values equal. Collections of different
 * lengths or keys, or of different kinds, are unequal whatever their elements; a null compared with
 * a known non-null value is unequal. Elements are compared in order and the first undecided one makes
 * the result unknown, as cty does.
 */
export function valuesEqualIfKnown(a: Value, b: Value): boolean | undefined {
  if (a.kind === 'unknown' || b.kind === 'unknown') return undefined;
  if (a.kind === 'null' || b.kind === 'null') return a.kind === b.kind;
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'bool':
    case 'number':
    case 'string':
      return a.value === (b as typeof a).value;
    case 'list': {
      const bl = b as ListValue;
      if ((a.type === 'set') !== (bl.type === 'set')) return false;
      if (a.items.length !== bl.items.length) return false;
      if (a.type === 'set') return isWhollyKnown(a) && isWhollyKnown(bl) ? valuesEqual(a, bl) : undefined;
      for (let i = 0; i < a.items.length; i++) {
        const eq = valuesEqualIfKnown(a.items[i]!, bl.items[i]!);
        if (eq !== true) return eq;
      }
      return true;
    }
    case 'object': {
      const bo = b as ObjectValue;
      if (a.open !== undefined || bo.open !== undefined) return isWhollyKnown(a) && isWhollyKnown(bo) && a.open === bo.open ? valuesEqual(a, bo) : undefined;
      if (a.entries.size !== bo.entries.size) return false;
      for (const k of a.entries.keys()) if (!bo.entries.has(k)) return false;
      for (const k of [...a.entries.keys()].sort()) {
        const eq = valuesEqualIfKnown(a.entries.get(k)!, bo.entries.get(k)!);
        if (eq !== true) return eq;
      }
      return true;
    }
  }
}

/** Terraform's set order: strings lexically, numbers numerically, others by canonical key. */
function compareForSet(a: Value, b: Value): number {
  if (a.kind === 'string' && b.kind === 'string') return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  if (a.kind === 'number' && b.kind === 'number') return a.value - b.value;
  const ka = valueKey(a);
  const kb = valueKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

// ---- conversion to and from plain JSON ----

/**
 * A plain JSON rendering for output. Unknown values become `{ "$unknown": reason, "source" }` (or
 * null when `markUnknown` is false); with `hideSensitive`, sensitive values become `{ "$sensitive": true }`.
 */
export function toJson(v: Value, markUnknown = true, hideSensitive = false): unknown {
  if (hideSensitive && v.sensitive) return { $sensitive: true };
  switch (v.kind) {
    case 'null':
      return null;
    case 'bool':
    case 'number':
    case 'string':
      return v.value;
    case 'unknown':
      return markUnknown ? { $unknown: v.reason, ...(v.source ? { source: v.source } : {}) } : null;
    case 'list':
      return v.items.map((x) => toJson(x, markUnknown, hideSensitive));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [k, x] of v.entries) out[k] = toJson(x, markUnknown, hideSensitive);
      return out;
    }
  }
}

/** A value from parsed JSON (jsondecode, tfvars.json, plan JSON). Arrays are tuples, objects objects. */
export function fromJson(j: unknown, origin?: Origin): Value {
  if (j === null || j === undefined) return nullValue(origin);
  if (typeof j === 'boolean') return bool(j, origin);
  if (typeof j === 'number') return num(j, origin);
  if (typeof j === 'string') return str(j, origin);
  if (Array.isArray(j)) return tuple(j.map((x) => fromJson(x)), origin);
  const entries = new Map<string, Value>();
  for (const [k, x] of Object.entries(j as Record<string, unknown>)) entries.set(k, fromJson(x));
  return object(entries, origin);
}

/** The name Terraform uses for a value's type in messages: "string", "list of string", "object". */
export function typeName(v: Value): string {
  switch (v.kind) {
    case 'list':
      return v.type;
    case 'object':
      return v.type;
    case 'unknown':
      return 'unknown value';
    default:
      return v.kind;
  }
}
