/**
 * Evaluates HCL expressions with Terraform's semantics: templates, collections, references,
 * splats, `for`, conditionals, operators and function calls. Unknown values propagate and are never
 * guessed; problems (an undeclared reference, a wrong type, an unknown function) become diagnostics
 * on the expression's range and an unknown value, so evaluation always goes on.
 *
 * What a reference means (var., local., module., resources, ...) is the business of a
 * `References` object supplied by the module evaluator; this file only knows the language.
 */
import type { Expression, FunctionCallExpr, Span, TemplatePart } from '../hcl';
import type { Severity } from '../text';
import { ConversionError, formatNumber, toBoolValue, toNumberValue, toStringValue } from './coerce';
import { convertToType, openObjectSource, parseTypeConstraint, typeOfValue, typesEqual, TypeConversionError, unifyTypes } from './types';
import { FileNotReadError, FUNCTIONS, FunctionError, type FunctionContext } from './functions';
import {
  bool,
  firstUnknown,
  isWhollyKnown,
  list,
  map,
  markSensitive,
  nullValue,
  num,
  object,
  set,
  str,
  tuple,
  unknown,
  valuesEqualIfKnown,
  type ObjectValue,
  type Origin,
  type Value,
} from './value';

/** A traversal step after a reference root: `.name` or `[key]`. */
export type Step = { readonly kind: 'attr'; readonly name: string; readonly node: Span } | { readonly kind: 'index'; readonly key: Value; readonly node: Span };

/** Resolves the names an expression may refer to. Supplied by the module evaluator. */
export interface References {
  /**
   * Resolves a root name and as many leading steps as it needs (`var` + `.name`, `aws_instance` +
   * `.web`). Returns the value and how many steps were consumed, or undefined if `root` is not a
   * name it knows (the evaluator then reports an invalid reference). It reports its own problems.
   */
  resolve(root: string, steps: readonly Step[], node: Span, scope: Scope): { value: Value; consumed: number } | undefined;
  readonly functionContext: FunctionContext;
}

/** Receives problems found while evaluating. */
export type Report = (severity: Severity, node: Span, summary: string, detail: string) => void;

/** Where an expression is evaluated. Immutable: nested scopes are new objects. */
export interface Scope {
  readonly file: string;
  readonly refs: References;
  readonly report: Report;
  /** Names bound by `for` expressions, `dynamic` iterators, `each`, `count`, `self`. */
  readonly locals?: ReadonlyMap<string, Value>;
  /** The element a splat expression is visiting. */
  readonly splatItem?: Value;
}

export function childScope(scope: Scope, bindings: Iterable<[string, Value]>): Scope {
  const locals = new Map(scope.locals ?? []);
  for (const [k, v] of bindings) locals.set(k, v);
  return { ...scope, locals };
}

function origin(scope: Scope, node: Span, role: Origin['role']): Origin {
  return { file: scope.file, start: node.start, end: node.end, role };
}

/** How many evaluations are in progress on the stack (see evaluationDepth). */
let depth = 0;

/**
 * How deep evaluation is nested right now: the module evaluator unwinds chains of references that
 * would grow the JavaScript stack past this (and sets it back when it resumes on a fresh stack).
 * Not decremented when an exception passes, so callers that catch one restore it with setEvaluationDepth.
 */
export function evaluationDepth(): number {
  return depth;
}

export function setEvaluationDepth(d: number): void {
  depth = d;
}

/** Evaluates `expr` in `scope`. Never throws. */
export function evaluate(expr: Expression, scope: Scope): Value {
  depth++;
  const v = evaluateNode(expr, scope);
  depth--;
  return v;
}

function evaluateNode(expr: Expression, scope: Scope): Value {
  switch (expr.kind) {
    case 'literal': {
      const o = origin(scope, expr, 'literal');
      if (expr.value === null) return { kind: 'null', origin: o };
      if (typeof expr.value === 'boolean') return bool(expr.value, o);
      return num(expr.value, o);
    }
    case 'template':
      return evaluateTemplate(expr.parts, expr, scope);
    case 'tuple':
      return tuple(
        expr.items.map((e) => evaluate(e, scope)),
        origin(scope, expr, 'literal'),
      );
    case 'object': {
      const entries = new Map<string, Value>();
      let unknownKey: Value | undefined;
      for (const item of expr.items) {
        let key: string | undefined;
        if (item.key.kind === 'variable') key = item.key.name;
        // the keywords are names too in key position: `{ null = 1 }` has the key "null"
        else if (item.key.kind === 'literal' && typeof item.key.value !== 'number') key = String(item.key.value);
        else if (item.key.kind === 'get-attr' || item.key.kind === 'index') {
          scope.report('error', item.key, 'Ambiguous attribute key', 'If this expression is intended to be a reference, wrap it in parentheses. If it\'s instead intended as a literal name containing periods, wrap it in quotes to create a string literal.');
        } else {
          const k = evaluate(item.key.kind === 'paren' ? item.key.expr : item.key, scope);
          if (k.kind === 'unknown') unknownKey = k;
          else {
            const s = convertOr(scope, item.key, toStringValue, k, 'Invalid object key');
            if (s.kind === 'string') key = s.value;
            else if (s.kind === 'null') scope.report('error', item.key, 'Invalid object key', 'An object key must not be null.');
          }
        }
        const value = evaluate(item.value, scope);
        if (key !== undefined) entries.set(key, value);
      }
      if (unknownKey) return unknown(unknownKey.kind === 'unknown' ? unknownKey.reason : 'known after apply', undefined, origin(scope, expr, 'expression'));
      return object(entries, origin(scope, expr, 'literal'));
    }
    case 'variable': {
      const bound = scope.locals?.get(expr.name);
      if (bound) return bound;
      return evaluateReference(expr.name, [], expr, scope);
    }
    case 'get-attr':
    case 'index':
      return evaluateTraversal(expr, scope);
    case 'splat-item':
      return scope.splatItem ?? unknown('splat item outside a splat');
    case 'splat': {
      const source = evaluate(expr.source, scope);
      if (source.kind === 'unknown') return source;
      if (source.kind === 'null') return tuple([], origin(scope, expr, 'expression'));
      const items = source.kind === 'list' ? source.items : [source];
      // as HCL: a splat over a list or a set gives a list, over a tuple (or a single value) a tuple
      const sequence = source.kind === 'list' && source.type !== 'tuple' ? list : tuple;
      return sequence(
        items.map((item) => evaluate(expr.each, { ...scope, splatItem: item })),
        origin(scope, expr, 'expression'),
      );
    }
    case 'call':
      return evaluateCall(expr, scope);
    case 'for':
      return evaluateFor(expr, scope);
    case 'conditional': {
      const cond = convertOr(scope, expr.cond, toBoolValue, evaluate(expr.cond, scope), 'Incorrect condition type');
      if (cond.kind === 'unknown') return unknownConditional(evaluate(expr.then, quiet(scope)), evaluate(expr.else, quiet(scope)), cond, expr, scope);
      if (cond.kind !== 'bool') {
        if (cond.kind === 'null') scope.report('error', expr.cond, 'Invalid conditional', 'The condition value is null. Conditions must either be true or false.');
        return unknown('invalid condition', undefined, origin(scope, expr, 'expression'));
      }
      // as HCL: both results are evaluated (only the chosen one's errors count) and the chosen one
      // is converted to the type both unify to, so `c ? toset(x) : []` is a set either way
      const chosen = evaluate(cond.value ? expr.then : expr.else, scope);
      return unifiedResult(chosen, evaluate(cond.value ? expr.else : expr.then, silent(scope)));
    }
    case 'binary':
      return evaluateBinary(expr, scope);
    case 'unary': {
      const v = evaluate(expr.operand, scope);
      if (v.kind === 'unknown') return v;
      if (expr.op === '-') {
        const n = convertOr(scope, expr.operand, toNumberValue, v, 'Invalid operand');
        if (n.kind !== 'number') return invalidOperand(scope, expr, n, 'number');
        return num(-n.value, origin(scope, expr, 'expression'));
      }
      const b = convertOr(scope, expr.operand, toBoolValue, v, 'Invalid operand');
      if (b.kind !== 'bool') return invalidOperand(scope, expr, b, 'bool');
      return bool(!b.value, origin(scope, expr, 'expression'));
    }
    case 'paren':
      return evaluate(expr.expr, scope);
    case 'invalid':
      return unknown('invalid expression', undefined, origin(scope, expr, 'expression'));
  }
}

/** The same scope with its errors silenced: for what is evaluated only for its type, as HCL does. */
function quiet(scope: Scope): Scope {
  return { ...scope, report: (severity, node, summary, detail) => (severity === 'error' ? undefined : scope.report(severity, node, summary, detail)) };
}

/** The same scope reporting nothing: for the result a known condition did not choose, read only for its type. */
function silent(scope: Scope): Scope {
  return { ...scope, report: () => undefined };
}

/** A conditional's chosen result converted to the type it unifies to with the other result. */
function unifiedResult(chosen: Value, other: Value): Value {
  if (chosen.kind !== 'list' && chosen.kind !== 'object' && (chosen.kind === other.kind || other.kind === 'null' || other.kind === 'unknown')) return chosen;
  if (chosen.kind === 'unknown' || chosen.kind === 'null' || openObjectSource(chosen) !== undefined) return chosen;
  const own = typeOfValue(chosen);
  const unified = unifyTypes([own, typeOfValue(other)]);
  // no common type: Terraform rejects the conditional; Kensa keeps the chosen value rather than guess
  if (!unified || typesEqual(unified, own)) return chosen;
  try {
    return convertToType(chosen, unified);
  } catch (e) {
    if (e instanceof TypeConversionError) return chosen;
    throw e;
  }
}

/**
 * A conditional whose condition is unknown: unknown, except what both results settle (HCL's
 * refinements): both null is null, two sequences of the same length have that length.
 */
function unknownConditional(a: Value, b: Value, cond: Value & { kind: 'unknown' }, node: Span, scope: Scope): Value {
  const o = origin(scope, node, 'expression');
  if (a.kind === 'null' && b.kind === 'null') return nullValue(o);
  if (a.kind === 'list' && b.kind === 'list' && a.items.length === b.items.length) {
    const unified = unifyTypes([typeOfValue(a), typeOfValue(b)]);
    if (unified?.kind === 'tuple' || unified?.kind === 'list' || (unified?.kind === 'set' && a.items.length === 0)) {
      const make = unified.kind === 'tuple' ? tuple : unified.kind === 'set' ? set : list;
      return make(
        a.items.map(() => unknown(cond.reason, cond.source)),
        o,
      );
    }
  }
  if (a.kind === 'object' && b.kind === 'object' && a.entries.size === 0 && b.entries.size === 0 && a.open === undefined && b.open === undefined) {
    return a.type === 'map' || b.type === 'map' ? map(new Map(), o) : object(new Map(), o);
  }
  return unknown(cond.reason, cond.source, o);
}

function invalidOperand(scope: Scope, node: Span, v: Value, want: string): Value {
  if (v.kind !== 'unknown') scope.report('error', node, 'Invalid operand', `Unsuitable value for operand: a ${want} is required${v.kind === 'null' ? ', but the value is null' : ''}.`);
  return unknown('invalid operand', undefined, origin(scope, node, 'expression'));
}

/** Applies a primitive conversion, reporting a failure on `node` and returning unknown. */
function convertOr(scope: Scope, node: Span, convert: (v: Value) => Value, v: Value, summary: string): Value {
  try {
    return convert(v);
  } catch (e) {
    if (e instanceof ConversionError) {
      scope.report('error', node, summary, capitalize(e.message) + '.');
      return unknown('invalid value');
    }
    throw e;
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// ---- templates ----

function evaluateTemplate(parts: readonly TemplatePart[], node: Span, scope: Scope): Value {
  const only = parts.length === 1 ? parts[0]! : undefined;
  // a template that is one interpolation is that value itself, not a string
  if (only?.kind === 'interpolation') return evaluate(only.expr, scope);
  if (only?.kind === 'template-literal' || parts.length === 0) return str(only?.kind === 'template-literal' ? only.value : '', origin(scope, node, 'literal'));
  let out = '';
  let sensitive = false;
  for (const part of parts) {
    const v = renderPart(part, scope);
    if (v.kind === 'unknown') return unknown(v.reason, v.source, origin(scope, node, 'expression'));
    if (v.sensitive) sensitive = true;
    out += v.value;
  }
  const result = str(out, origin(scope, node, 'expression'));
  return sensitive ? markSensitive(result) : result;
}

type Rendered = { kind: 'string'; value: string; sensitive?: boolean } | { kind: 'unknown'; reason: string; source?: string };

function renderParts(parts: readonly TemplatePart[], scope: Scope): Rendered {
  let out = '';
  let sensitive = false;
  for (const p of parts) {
    const r = renderPart(p, scope);
    if (r.kind === 'unknown') return r;
    if (r.sensitive) sensitive = true;
    out += r.value;
  }
  return { kind: 'string', value: out, ...(sensitive ? { sensitive } : {}) };
}

function renderPart(part: TemplatePart, scope: Scope): Rendered {
  switch (part.kind) {
    case 'template-literal':
      return { kind: 'string', value: part.value };
    case 'interpolation': {
      const v = evaluate(part.expr, scope);
      if (v.kind === 'unknown') return v;
      if (!isWhollyKnown(v)) return firstUnknown(v)!;
      if (v.kind === 'null') {
        scope.report('error', part.expr, 'Invalid template interpolation value', 'The expression result is null. Cannot include a null value in a string template.');
        return { kind: 'unknown', reason: 'invalid template value' };
      }
      const s = convertOr(scope, part.expr, toStringValue, v, 'Invalid template interpolation value');
      if (s.kind !== 'string') return { kind: 'unknown', reason: 'invalid template value' };
      return { kind: 'string', value: s.value, ...(v.sensitive ? { sensitive: true } : {}) };
    }
    case 'template-if': {
      const c = convertOr(scope, part.cond, toBoolValue, evaluate(part.cond, scope), 'Invalid template if condition');
      if (c.kind === 'unknown') return c;
      if (c.kind !== 'bool') return { kind: 'unknown', reason: 'invalid condition' };
      return renderParts(c.value ? part.then : (part.else ?? []), scope);
    }
    case 'template-for': {
      const coll = evaluate(part.coll, scope);
      if (coll.kind === 'unknown') return coll;
      const pairs = iterate(coll, part.coll, scope);
      if (!pairs) return { kind: 'unknown', reason: 'invalid collection' };
      let out = '';
      for (const [k, v] of pairs) {
        const bindings: [string, Value][] = [[part.valVar.name, v]];
        if (part.keyVar) bindings.push([part.keyVar.name, k]);
        const r = renderParts(part.body, childScope(scope, bindings));
        if (r.kind === 'unknown') return r;
        out += r.value;
      }
      return { kind: 'string', value: out };
    }
  }
}

/** Key/value pairs of a collection as `for` sees them, or undefined (reported) if not iterable. */
function iterate(coll: Value, node: Span, scope: Scope): [Value, Value][] | undefined {
  if (coll.kind === 'list') return coll.items.map((v, i) => [coll.type === 'set' ? v : num(i), v]);
  if (coll.kind === 'object') return [...coll.entries.keys()].sort().map((k) => [str(k), coll.entries.get(k)!]);
  scope.report('error', node, 'Iteration over non-iterable value', `A value of type ${coll.kind} cannot be used as the collection in a 'for' expression.`);
  return undefined;
}

// ---- references ----

/** Flattens `a.b[0].c` into its root name and steps; undefined if the root is not a name. */
function flatten(expr: Expression, scope: Scope): { root: string; rootNode: Span; steps: Step[] } | undefined {
  const steps: Step[] = [];
  let e: Expression = expr;
  for (;;) {
    if (e.kind === 'get-attr') {
      steps.push({ kind: 'attr', name: e.name.name, node: e });
      e = e.object;
    } else if (e.kind === 'index') {
      steps.push({ kind: 'index', key: evaluate(e.key, scope), node: e });
      e = e.object;
    } else break;
  }
  if (e.kind !== 'variable') return undefined;
  steps.reverse();
  return { root: e.name, rootNode: e, steps };
}

function evaluateTraversal(expr: Expression, scope: Scope): Value {
  const flat = flatten(expr, scope);
  if (!flat) {
    // a traversal of a computed value: `func().x`, `(a)[0]`, `[1, 2][0]`
    const base = expr.kind === 'get-attr' || expr.kind === 'index' ? expr.object : expr;
    const v = evaluate(base, scope);
    if (expr.kind === 'get-attr') return applySteps(v, [{ kind: 'attr', name: expr.name.name, node: expr }], scope);
    if (expr.kind === 'index') return applySteps(v, [{ kind: 'index', key: evaluate(expr.key, scope), node: expr }], scope);
    return v;
  }
  const bound = scope.locals?.get(flat.root);
  if (bound) return applySteps(bound, flat.steps, scope);
  if (flat.root === '' || !flat.root) return unknown('invalid reference');
  return evaluateReference(flat.root, flat.steps, flat.rootNode, scope);
}

function evaluateReference(root: string, steps: readonly Step[], rootNode: Span, scope: Scope): Value {
  const resolved = scope.refs.resolve(root, steps, rootNode, scope);
  if (!resolved) {
    const end = steps.length ? steps[steps.length - 1]!.node.end : rootNode.end;
    scope.report('error', { start: rootNode.start, end }, 'Invalid reference', `A reference to "${root}" is not valid here: there is no variable, local value, resource or other object of that name.`);
    return unknown(`invalid reference to ${root}`);
  }
  return applySteps(resolved.value, steps.slice(resolved.consumed), scope);
}

/** Applies `.attr` and `[key]` steps to a value, with Terraform's rules and messages. */
export function applySteps(value: Value, steps: readonly Step[], scope: Scope): Value {
  let v = value;
  for (const step of steps) {
    v = applyStep(v, step, scope);
    if (v.kind === 'unknown' && steps.length > 0) {
      // keep walking to name the attribute path in the reason's source
      const rest = steps.slice(steps.indexOf(step) + 1);
      if (rest.length && v.source) return { ...v, source: v.source + rest.map(stepText).join('') };
      return v;
    }
  }
  return v;
}

function stepText(s: Step): string {
  if (s.kind === 'attr') return `.${s.name}`;
  const k = s.key;
  return k.kind === 'string' ? `[${JSON.stringify(k.value)}]` : k.kind === 'number' ? `[${k.value}]` : '[?]';
}

function applyStep(v: Value, step: Step, scope: Scope): Value {
  if (v.kind === 'unknown') return v;
  if (step.kind === 'index' && step.key.kind === 'unknown') return unknown(step.key.reason, step.key.source);
  if (v.kind === 'null') {
    scope.report('error', step.node, step.kind === 'attr' ? 'Attempt to get attribute from null value' : 'Attempt to index null value', 'This value is null, so it does not have any attributes or elements.');
    return unknown('null value');
  }
  if (step.kind === 'attr') {
    if (v.kind === 'object') return getKey(v, step.name, step.node, scope);
    scope.report('error', step.node, 'Unsupported attribute', `Can't access attributes on a ${v.kind === 'list' ? v.type : v.kind} value.`);
    return unknown('unsupported attribute');
  }
  const key = step.key;
  if (v.kind === 'list') {
    if (v.type === 'set') {
      scope.report('error', step.node, 'Invalid index', 'Elements of a set are identified only by their value and don\'t have any separate index or key to select with, so it\'s only possible to perform operations across all elements of the set.');
      return unknown('invalid index');
    }
    const n = key.kind === 'string' && /^\d+$/.test(key.value) ? Number(key.value) : key.kind === 'number' ? key.value : NaN;
    if (!Number.isInteger(n)) {
      scope.report('error', step.node, 'Invalid index', 'The index must be a whole number.');
      return unknown('invalid index');
    }
    const item = v.items[n];
    if (!item) {
      scope.report('error', step.node, 'Invalid index', `The given key does not identify an element in this collection value: the collection has ${v.items.length} element${v.items.length === 1 ? '' : 's'}.`);
      return unknown('invalid index');
    }
    return item;
  }
  if (v.kind === 'object') {
    const k = key.kind === 'string' ? key.value : key.kind === 'number' ? formatNumber(key.value) : key.kind === 'bool' ? String(key.value) : undefined;
    if (k === undefined) {
      scope.report('error', step.node, 'Invalid index', 'A map or object key must be a string.');
      return unknown('invalid index');
    }
    return getKey(v, k, step.node, scope);
  }
  scope.report('error', step.node, 'Invalid index', `This value does not have any indices: it is a ${v.kind}.`);
  return unknown('invalid index');
}

function getKey(v: ObjectValue, key: string, node: Span, scope: Scope): Value {
  const found = v.entries.get(key);
  if (found) return found;
  if (v.open !== undefined) return unknown(computedReason(v.open), `${v.open}.${key}`);
  if (v.type === 'map') {
    scope.report('error', node, 'Invalid index', `The given key does not identify an element in this collection value: there is no key "${key}".`);
  } else {
    scope.report('error', node, 'Unsupported attribute', `This object does not have an attribute named "${key}".`);
  }
  return unknown('missing attribute');
}

/**
 * Why a computed attribute of `address` is unknown, as a predicate ("... is <reason>"): a managed
 * resource's are known after apply; a data source's are read by Terraform at plan time, from the
 * provider, which Kensa never calls.
 */
export function computedReason(address: string): string {
  const m = /(?:^|\.)data\.([a-zA-Z0-9-]+)(?:_[^.[\]]*)?\.[^.[\]]+(?:\[[^\]]*\])?$/.exec(address);
  if (!m) return 'known after apply';
  const data = address.slice(m.index === 0 ? 0 : m.index + 1).replace(/\[[^\]]*\]$/, '');
  // a policy document is put together by the provider itself, from the configuration alone
  if (data.startsWith('data.aws_iam_policy_document.')) return `computed by the AWS provider at plan time (${data})`;
  return m[1] === 'aws' ? `read from AWS at plan time (${data})` : `read by the ${m[1]} provider at plan time (${data})`;
}

// ---- for expressions ----

function evaluateFor(expr: Extract<Expression, { kind: 'for' }>, scope: Scope): Value {
  const o = origin(scope, expr, 'expression');
  const coll = evaluate(expr.coll, scope);
  if (coll.kind === 'unknown') return unknown(coll.reason, coll.source, o);
  if (coll.kind === 'null') {
    scope.report('error', expr.coll, 'Iteration over null value', 'A null value cannot be used as the collection in a \'for\' expression.');
    return unknown('null collection', undefined, o);
  }
  const pairs = iterate(coll, expr.coll, scope);
  if (!pairs) return unknown('invalid collection', undefined, o);
  const items: Value[] = [];
  const entries = new Map<string, Value>();
  const groups = new Map<string, Value[]>();
  for (const [k, v] of pairs) {
    const bindings: [string, Value][] = [[expr.valVar.name, v]];
    if (expr.keyVar) bindings.push([expr.keyVar.name, k]);
    const inner = childScope(scope, bindings);
    if (expr.cond) {
      const c = convertOr(inner, expr.cond, toBoolValue, evaluate(expr.cond, inner), 'Invalid \'for\' condition');
      if (c.kind === 'unknown') return unknown(c.reason, c.source, o);
      if (c.kind !== 'bool') {
        if (c.kind === 'null') inner.report('error', expr.cond, 'Invalid \'for\' condition', 'The value of the \'if\' clause must not be null.');
        return unknown('invalid condition', undefined, o);
      }
      if (!c.value) continue;
    }
    const value = evaluate(expr.valExpr, inner);
    if (!expr.object) {
      items.push(value);
      continue;
    }
    const kv = expr.keyExpr ? evaluate(expr.keyExpr, inner) : unknown('missing key');
    if (kv.kind === 'unknown') return unknown(kv.reason, kv.source, o);
    const ks = convertOr(inner, expr.keyExpr ?? expr, toStringValue, kv, 'Invalid object key');
    if (ks.kind !== 'string') {
      if (ks.kind === 'null') inner.report('error', expr.keyExpr ?? expr, 'Invalid object key', 'Key expression in \'for\' expression must not produce a null value.');
      return unknown('invalid key', undefined, o);
    }
    if (expr.group) {
      const g = groups.get(ks.value);
      if (g) g.push(value);
      else groups.set(ks.value, [value]);
    } else {
      if (entries.has(ks.value)) {
        inner.report('error', expr.keyExpr ?? expr, 'Duplicate object key', `Two different items produced the key "${ks.value}" in this 'for' expression. If duplicates are expected, use the ellipsis (...) after the value expression to enable grouping by key.`);
        return unknown('duplicate key', undefined, o);
      }
      entries.set(ks.value, value);
    }
  }
  if (!expr.object) return tuple(items, o);
  if (expr.group) {
    for (const [k, vs] of groups) entries.set(k, tuple(vs));
  }
  return object(entries, o);
}

// ---- operators ----

function evaluateBinary(expr: Extract<Expression, { kind: 'binary' }>, scope: Scope): Value {
  const o = origin(scope, expr, 'expression');
  if (expr.op === '&&' || expr.op === '||') return evaluateLogical(expr, scope, o);
  const left = evaluate(expr.left, scope);
  const right = evaluate(expr.right, scope);
  switch (expr.op) {
    case '==':
    case '!=': {
      // known when the known parts decide it: a known map with unknown values is still `!= null`
      const eq = valuesEqualIfKnown(left, right);
      if (eq === undefined) {
        const u = firstUnknown(left) ?? firstUnknown(right) ?? unknown('known after apply');
        return unknown(u.reason, u.source, o);
      }
      return bool(expr.op === '==' ? eq : !eq, o);
    }
  }
  const l = convertOr(scope, expr.left, toNumberValue, left, 'Invalid operand');
  const r = convertOr(scope, expr.right, toNumberValue, right, 'Invalid operand');
  if (l.kind === 'unknown') return unknown(l.reason, l.source, o);
  if (r.kind === 'unknown') return unknown(r.reason, r.source, o);
  if (l.kind !== 'number') return invalidOperand(scope, expr.left, l, 'number');
  if (r.kind !== 'number') return invalidOperand(scope, expr.right, r, 'number');
  const a = l.value;
  const b = r.value;
  switch (expr.op) {
    case '+':
      return num(a + b, o);
    case '-':
      return num(a - b, o);
    case '*':
      return num(a * b, o);
    case '/':
      if (b === 0) {
        scope.report('error', expr, 'Operation failed', 'Error during operation: can\'t divide by zero.');
        return unknown('division by zero', undefined, o);
      }
      return num(a / b, o);
    case '%':
      if (b === 0) {
        scope.report('error', expr, 'Operation failed', 'Error during operation: can\'t divide by zero.');
        return unknown('division by zero', undefined, o);
      }
      return num(a % b, o);
    case '<':
      return bool(a < b, o);
    case '>':
      return bool(a > b, o);
    case '<=':
      return bool(a <= b, o);
    case '>=':
      return bool(a >= b, o);
  }
}

/**
 * `&&` and `||` with HCL's short-circuit: a side that decides the result (false for `&&`, true for
 * `||`) and has no errors is the result, and the other side's errors do not count; so do the right
 * side's errors while the left side is unknown.
 */
function evaluateLogical(expr: Extract<Expression, { kind: 'binary' }>, scope: Scope, o: Origin): Value {
  const decides = (v: Value): v is Value & { kind: 'bool' } => v.kind === 'bool' && v.value === (expr.op === '||');
  const lhs = captured(scope);
  const l = convertOr(lhs.scope, expr.left, toBoolValue, evaluate(expr.left, lhs.scope), 'Invalid operand');
  if (!lhs.failed() && decides(l)) return bool(l.value, o);
  const rhs = captured(scope);
  const r = convertOr(rhs.scope, expr.right, toBoolValue, evaluate(expr.right, rhs.scope), 'Invalid operand');
  if (!rhs.failed() && decides(r)) return bool(r.value, o);
  if (!lhs.failed() && l.kind === 'unknown') return unknown(l.reason, l.source, o);
  lhs.replay();
  rhs.replay();
  if (lhs.failed() || rhs.failed()) return unknown('invalid operand', undefined, o);
  if (l.kind === 'unknown' || r.kind === 'unknown') {
    const u = l.kind === 'unknown' ? l : (r as Extract<Value, { kind: 'unknown' }>);
    return unknown(u.reason, u.source, o);
  }
  if (l.kind !== 'bool') return invalidOperand(scope, expr.left, l, 'bool');
  if (r.kind !== 'bool') return invalidOperand(scope, expr.right, r, 'bool');
  return bool(expr.op === '&&' ? l.value && r.value : l.value || r.value, o);
}

/** A scope whose errors are held back, to be reported (`replay`) or dropped; other reports pass through. */
function captured(scope: Scope): { scope: Scope; failed(): boolean; replay(): void } {
  const held: Parameters<Report>[] = [];
  return {
    scope: { ...scope, report: (severity, node, summary, detail) => (severity === 'error' ? held.push([severity, node, summary, detail]) : scope.report(severity, node, summary, detail)) },
    failed: () => held.length > 0,
    replay: () => held.forEach((r) => scope.report(...r)),
  };
}

// ---- function calls ----

function evaluateCall(expr: FunctionCallExpr, scope: Scope): Value {
  const o = origin(scope, expr, 'expression');
  // `core::` names Terraform's own functions explicitly (`core::upper`), the same as the bare name
  const name = expr.name.name.startsWith('core::') ? expr.name.name.slice('core::'.length) : expr.name.name;
  if (name === 'try' || name === 'can') return evaluateTryCan(expr, scope, o);
  if (name === 'convert') return evaluateConvert(expr, scope, o);
  const fn = FUNCTIONS.get(name);
  if (!fn) {
    // Kensa has every Terraform built-in but these; another name is not a function (Terraform rejects the
    // call), unless it is a provider's (`provider::aws::arn_parse`), which Kensa may not know
    if (!name.includes('::') && !NOT_IMPLEMENTED.has(name)) {
      scope.report('error', expr.name, 'Call to unknown function', `There is no function named "${name}".`);
      return unknown(`unknown function ${name}`, undefined, o);
    }
    scope.report('info', expr.name, 'Unknown function', `Kensa does not know the function "${name}", so the value of this expression is treated as unknown.`);
    return unknown(`unknown function ${name}`, undefined, o);
  }
  let args: Value[] = expr.args.map((a) => evaluate(a, scope));
  const argNodes: Span[] = [...expr.args];
  if (expr.expandFinal && args.length > 0) {
    const last = args[args.length - 1]!;
    if (last.kind === 'unknown') return unknown(last.reason, last.source, o);
    if (last.kind !== 'list') {
      scope.report('error', expr.args[expr.args.length - 1]!, 'Invalid expanding argument value', 'The expanding argument (indicated by ...) must be of a tuple, list, or set type.');
      return unknown('invalid argument', undefined, o);
    }
    const node = argNodes.pop()!;
    args = [...args.slice(0, -1), ...last.items];
    for (let i = 0; i < last.items.length; i++) argNodes.push(node);
  }
  const min = fn.params.length;
  if (args.length < min || (!fn.variadic && args.length > min)) {
    scope.report(
      'error',
      expr,
      args.length < min ? 'Not enough function arguments' : 'Too many function arguments',
      `Function "${name}" expects ${fn.variadic ? `at least ${min}` : min} argument${min === 1 ? '' : 's'} (${[...fn.params, ...(fn.variadic ? [`${fn.variadic}...`] : [])].join(', ')}), but ${args.length} ${args.length === 1 ? 'was' : 'were'} given.`,
    );
    return unknown('invalid function call', undefined, o);
  }
  const policy = fn.unknowns ?? 'propagate';
  if (policy !== 'handle') {
    for (const a of args) {
      const u = policy === 'shallow' ? (a.kind === 'unknown' ? a : undefined) : firstUnknown(a);
      if (u) return unknown(u.reason, u.source, o);
    }
  }
  if (!fn.allowNull) {
    const i = args.findIndex((a) => a.kind === 'null');
    if (i >= 0) {
      scope.report('error', argNodes[i] ?? expr, 'Invalid function argument', `Invalid value for "${fn.params[i] ?? fn.variadic ?? 'argument'}" parameter: argument must not be null.`);
      return unknown('invalid argument', undefined, o);
    }
  }
  let result: Value;
  try {
    result = fn.call(args, scope.refs.functionContext);
  } catch (e) {
    if (e instanceof FileNotReadError) {
      scope.report('warning', (e.arg !== undefined ? argNodes[e.arg] : undefined) ?? expr, 'File not read', e.message);
      return unknown('the file is outside the configuration\'s directory tree', undefined, o);
    }
    if (e instanceof FunctionError || e instanceof ConversionError) {
      const at = e instanceof FunctionError && e.arg !== undefined ? (argNodes[e.arg] ?? expr) : expr;
      const param = e instanceof FunctionError && e.arg !== undefined ? (fn.params[e.arg] ?? fn.variadic) : undefined;
      scope.report('error', at, 'Invalid function argument', `${param ? `Invalid value for "${param}" parameter: ` : `Call to function "${name}" failed: `}${e.message}`);
      return unknown('function call failed', undefined, o);
    }
    scope.report('error', expr, 'Function failed', `Call to function "${name}" failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`);
    return unknown('function call failed', undefined, o);
  }
  const sensitive = args.some((a) => a.sensitive) && name !== 'nonsensitive';
  const withOrigin = result.origin ? result : ({ ...result, origin: o } as Value);
  return sensitive && !withOrigin.sensitive ? markSensitive(withOrigin) : withOrigin;
}

/** Terraform's built-in functions Kensa does not evaluate: a call to one is unknown, not an error. */
const NOT_IMPLEMENTED: ReadonlySet<string> = new Set(['rsadecrypt', 'type']);

/** `convert(value, type)`: the value converted to a type constraint written as in a variable's `type`. */
function evaluateConvert(expr: FunctionCallExpr, scope: Scope, o: Origin): Value {
  if (expr.args.length !== 2 || expr.expandFinal) {
    scope.report('error', expr, 'Invalid function call', 'Function "convert" expects two arguments: a value and a type.');
    return unknown('invalid function call', undefined, o);
  }
  const value = evaluate(expr.args[0]!, scope);
  const type = parseTypeConstraint(expr.args[1]!, '', (e) => evaluate(e, scope));
  if ('error' in type) {
    scope.report('error', { start: type.start, end: type.end }, 'Invalid type specification', type.error);
    return unknown('invalid type', undefined, o);
  }
  try {
    const converted = convertToType(value, type.type);
    return converted.origin ? converted : ({ ...converted, origin: o } as Value);
  } catch (e) {
    if (!(e instanceof TypeConversionError)) throw e;
    scope.report('error', expr.args[0]!, 'Invalid function argument', `Invalid value for "value" parameter: ${e.message}.`);
    return unknown('invalid argument', undefined, o);
  }
}

/** `try(a, b, ...)`: the first argument that evaluates without error; `can(x)`: whether x does. */
function evaluateTryCan(expr: FunctionCallExpr, scope: Scope, o: Origin): Value {
  const name = expr.name.name.replace(/^core::/, '');
  if (name === 'can' && expr.args.length !== 1) {
    scope.report('error', expr, 'Invalid function call', 'Function "can" expects exactly one argument.');
    return unknown('invalid function call', undefined, o);
  }
  if (expr.args.length === 0) {
    scope.report('error', expr, 'Invalid function call', 'Function "try" expects at least one argument.');
    return unknown('invalid function call', undefined, o);
  }
  for (const arg of expr.args) {
    let failed = false;
    const probe: Scope = {
      ...scope,
      report: (severity, node, summary, detail) => {
        if (severity === 'error') failed = true;
        else scope.report(severity, node, summary, detail);
      },
    };
    const v = evaluate(arg, probe);
    if (v.kind === 'unknown' && !failed) return name === 'can' ? unknown(v.reason, v.source, o) : v;
    if (!failed) return name === 'can' ? bool(true, o) : v;
  }
  if (name === 'can') return bool(false, o);
  scope.report('error', expr, 'Error in function call', 'Call to function "try" failed: no expression succeeded.');
  return unknown('no expression succeeded', undefined, o);
}
