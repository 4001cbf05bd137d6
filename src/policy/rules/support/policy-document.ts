/**
 * AWS policy documents as rules need them: the statements of a JSON policy string (a `policy`
 * attribute written with jsonencode() or a heredoc) or of a `data "aws_iam_policy_document"`,
 * in one shape, each part with the place a finding should point at. A part whose value is not
 * known before apply says so (`complete: false`) instead of being guessed. `policyStatements`
 * also reads a policy attribute that is known only in part (an ARN interpolated into a Resource)
 * or that is a policy document's `json`, so a rule can still read Effect, Principal and Condition.
 */
import type { Expression, TemplatePart } from '../../../hcl';
import { compileRe2, type Re2Pattern, type Value } from '../../../terraform';
import type { AttributeView, BlockView, Graph, ResourceView } from '../../resource-view';
import type { Subject } from '../../rule';

/** A list of strings from a statement (actions, resources), and whether every item is known. */
export interface StringsPart {
  /** The items that are known strings, in order. */
  readonly values: readonly string[];
  /** Every item in order, undefined where it is not a known string; a single value is one item, null none. */
  readonly items: readonly (string | undefined)[];
  /** False when some item (or the whole list) is known only after apply. */
  readonly complete: boolean;
  readonly at: Subject;
}

/** A statement's principals: `"*"` means anyone (`Principal: "*"` or `AWS: "*"`). */
export interface PrincipalsPart {
  /** Principal type (`AWS`, `Service`, `Federated`, `CanonicalUser`, or `*`) to identifiers. */
  readonly byType: ReadonlyMap<string, readonly string[]>;
  readonly complete: boolean;
  readonly at: Subject;
}

/** One key of a statement's Condition: `{ Bool = { "aws:SecureTransport" = "false" } }`. */
export interface Condition {
  /** `Bool`, `StringEquals`, ... as written (case kept). */
  readonly operator: string;
  /** The condition key as written (`aws:SecureTransport`). */
  readonly key: string;
  /** The values known before apply, booleans as "true" and "false". */
  readonly values: readonly string[];
}

export interface Statement {
  /** The Sid, or the statement's position (1-based) when it has none. */
  readonly label: string;
  /** Anything but "Deny" reads as Allow; undefined when the effect is known only after apply. */
  readonly effect: 'Allow' | 'Deny' | undefined;
  /**
   * The Effect exactly as the policy states it (AWS accepts only "Allow" and "Deny"): undefined
   * when it is missing, null, not a string or known only after apply. A document statement
   * without `effect` (or with `effect = null`) states "Allow".
   */
  readonly statedEffect: string | undefined;
  readonly actions?: StringsPart;
  readonly notActions?: StringsPart;
  readonly resources?: StringsPart;
  readonly notResources?: StringsPart;
  readonly principals?: PrincipalsPart;
  readonly notPrincipals?: PrincipalsPart;
  /** True if the statement has a Condition; undefined if that is known only after apply. */
  readonly conditioned: boolean | undefined;
  /**
   * The Condition key by key; undefined when it cannot be read before apply (it, an operator's
   * entries, or a condition block's test or variable is unknown, or an operator's entries are not
   * an object).
   */
  readonly conditions: readonly Condition[] | undefined;
  /** The statement block of a policy document, or the policy attribute holding the JSON. */
  readonly at: Subject;
  /**
   * True for the statement blocks of `data "aws_iam_policy_document"`, false for JSON text
   * (including a document's JSON read through `policyStatements`).
   */
  readonly fromDocument: boolean;
}

/** The statements of a policy: undefined when they are not known before apply (or the JSON is not a policy). */
export type Statements = readonly Statement[] | undefined;

/** The statements of a JSON policy held in `attr` (a known string), or undefined. */
export function jsonStatements(attr: AttributeView | undefined): Statements {
  if (!attr || attr.value.kind !== 'string') return undefined;
  const doc = parseJson(attr.value.value);
  if (!isRecord(doc)) return undefined;
  const raw = doc['Statement'];
  if (!Array.isArray(raw) && !isRecord(raw)) return undefined;
  return listOf(raw).filter(isRecord).map((s, i) => jsonStatement(s, i, attr));
}

/**
 * The statements of the policy `attr` holds, wherever it is written: JSON text, a `json` (or
 * `minified_json`) of a `data "aws_iam_policy_document"` (any instance of it), or jsonencode()
 * or a heredoc known only in part, read from the syntax with the unknown parts marked so. Unlike
 * `jsonStatements`, a policy without a Statement has none, and statements that are known only
 * after apply (an unknown list, `dynamic "statement"` blocks) appear as statements whose every part
 * is unknown, so no rule takes their absence for granted. Undefined when the policy cannot be read
 * before apply or is not a JSON object.
 */
export function policyStatements(attr: AttributeView, graph: Graph): Statements {
  const doc = policyJson(attr, graph);
  if (!isRecord(doc)) return undefined;
  const out: Statement[] = [];
  listOf(doc['Statement']).forEach((s, i) => {
    if (isRecord(s)) out.push(jsonStatement(s, i, attr));
    // statements known only after apply may say anything: one whose every part is unknown stands for them
    else if (s === OPAQUE) out.push(jsonStatement(UNKNOWN_STATEMENT, i, attr));
  });
  return out;
}


function jsonStatement(s: JsonObject, index: number, at: Subject): Statement {
  const strings = (key: string): StringsPart | undefined => {
    const v = s[key];
    if (v === undefined) return undefined;
    const raw = listOf(v);
    const items = raw.map((x) => (typeof x === 'string' ? x : undefined));
    return { values: items.filter(isString), items, complete: !raw.includes(OPAQUE), at };
  };
  const principals = (key: string): PrincipalsPart | undefined => {
    const v = s[key];
    if (v === undefined) return undefined;
    const byType = new Map<string, string[]>();
    let complete = v !== OPAQUE;
    if (typeof v === 'string') byType.set('*', [v]);
    else if (isRecord(v)) {
      for (const [type, ids] of Object.entries(v)) {
        const items = listOf(ids);
        complete &&= !items.includes(OPAQUE);
        byType.set(type, items.filter(isString));
      }
    }
    return { byType, complete, at };
  };
  const effect = s['Effect'];
  const condition = s['Condition'];
  const sid = s['Sid'];
  return {
    label: typeof sid === 'string' && sid ? `"${sid}"` : `#${index + 1}`,
    effect: effect === OPAQUE ? undefined : effect === 'Deny' ? 'Deny' : 'Allow',
    statedEffect: typeof effect === 'string' ? effect : undefined,
    ...optional('actions', strings('Action')),
    ...optional('notActions', strings('NotAction')),
    ...optional('resources', strings('Resource')),
    ...optional('notResources', strings('NotResource')),
    ...optional('principals', principals('Principal')),
    ...optional('notPrincipals', principals('NotPrincipal')),
    conditioned: condition === OPAQUE ? undefined : isRecord(condition) ? Object.keys(condition).length > 0 : false,
    conditions: jsonConditions(condition),
    at,
    fromDocument: false,
  };
}

function jsonConditions(condition: PolicyJson | undefined): Condition[] | undefined {
  if (condition === OPAQUE) return undefined;
  if (!isRecord(condition)) return [];
  const out: Condition[] = [];
  for (const [operator, entries] of Object.entries(condition)) {
    if (!isRecord(entries)) return undefined;
    for (const [key, values] of Object.entries(entries)) {
      out.push({ operator, key, values: listOf(values).flatMap((x) => (typeof x === 'string' ? [x] : typeof x === 'boolean' ? [String(x)] : [])) });
    }
  }
  return out;
}

/** A part of a policy that cannot be known before apply. */
const OPAQUE: unique symbol = Symbol('opaque');

/** A statement known only after apply: every part unknown. */
const UNKNOWN_STATEMENT: JsonObject = { Effect: OPAQUE, Principal: OPAQUE, Action: OPAQUE, Resource: OPAQUE, Condition: OPAQUE };

/** JSON as far as it is known before apply. */
type PolicyJson = null | boolean | number | string | typeof OPAQUE | readonly PolicyJson[] | JsonObject;
interface JsonObject {
  readonly [key: string]: PolicyJson;
}

const SENTINEL = '__kensa_unknown_7f3a__';

/** The policy an attribute holds as JSON, or undefined when it cannot be read before apply. */
function policyJson(attr: AttributeView, graph: Graph): PolicyJson | undefined {
  const v = attr.value;
  if (v.kind === 'string') return parseJson(v.value);
  if (v.kind !== 'unknown') return undefined;
  // `data.aws_iam_policy_document.x["key"].json`, as the evaluator names it (with the module path)
  const m = v.source ? /^((?:module\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?\.)*data\.aws_iam_policy_document\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)\.(?:json|minified_json)$/.exec(v.source) : null;
  if (m) {
    const doc = graph.ofType('data.aws_iam_policy_document').find((r) => r.address === m[1]);
    return doc ? documentJson(doc) : undefined;
  }
  if (v.source && /(^|\.)data\.aws_iam_policy_document\./.test(v.source)) return undefined;
  // written right here but partly unknown: read what the syntax says
  const expr = attr.node?.expr;
  if (!expr) return undefined;
  return syntaxJson(expr);
}

function parseJson(text: string): PolicyJson | undefined {
  try {
    return JSON.parse(text) as PolicyJson;
  } catch {
    return undefined;
  }
}

/** `jsonencode({...})` or a heredoc with interpolations, read from the syntax tree. */
function syntaxJson(expr: Expression): PolicyJson | undefined {
  if (expr.kind === 'call' && expr.name.name === 'jsonencode' && expr.args.length === 1) return exprJson(expr.args[0]!);
  if (expr.kind === 'template') {
    const text = templateText(expr.parts);
    if (text === undefined) return undefined;
    const parsed = parseJson(text);
    return parsed === undefined ? undefined : replaceSentinel(parsed);
  }
  return undefined;
}

function templateText(parts: readonly TemplatePart[]): string | undefined {
  let out = '';
  for (const p of parts) {
    if (p.kind === 'template-literal') out += p.value;
    else if (p.kind === 'interpolation') out += SENTINEL;
    else return undefined;
  }
  return out;
}

function replaceSentinel(j: PolicyJson): PolicyJson {
  if (typeof j === 'string') return j.includes(SENTINEL) ? OPAQUE : j;
  if (Array.isArray(j)) return j.map(replaceSentinel);
  if (isRecord(j)) return Object.fromEntries(Object.entries(j).map(([k, v]) => [k, replaceSentinel(v)]));
  return j;
}

function exprJson(expr: Expression): PolicyJson {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'paren':
      return exprJson(expr.expr);
    case 'template': {
      if (expr.parts.every((p) => p.kind === 'template-literal')) return expr.parts.map((p) => (p as { value: string }).value).join('');
      return OPAQUE;
    }
    case 'tuple':
      return expr.items.map(exprJson);
    case 'object': {
      const out: Record<string, PolicyJson> = {};
      for (const item of expr.items) {
        const key = item.key.kind === 'variable' ? item.key.name : exprJson(item.key);
        if (typeof key !== 'string') return OPAQUE;
        out[key] = exprJson(item.value);
      }
      return out;
    }
    default:
      return OPAQUE;
  }
}

/**
 * The JSON a `data "aws_iam_policy_document"` renders, as far as `policyStatements` reads it: the
 * Effect, Principal, Action and Condition of its known statement blocks. A `*` principal type
 * renders as Principal "*", conditions are keyed by test then variable (a repeated pair keeps the
 * last values), a null effect is Allow, and another null or unknown value, principal type or
 * condition renders as unknown.
 */
function documentJson(doc: BlockView): PolicyJson {
  const strings = (v: Value | undefined): PolicyJson => {
    if (!v) return [];
    if (v.kind === 'list') return v.items.map((x) => (x.kind === 'string' ? x.value : OPAQUE));
    if (v.kind === 'string') return [v.value];
    return OPAQUE;
  };
  const statements: PolicyJson[] = [];
  for (const s of doc.blocks('statement')) {
    const effect = s.attr('effect')?.value;
    const principals: Record<string, PolicyJson> = {};
    let principalOpaque = false;
    for (const p of s.blocks('principals')) {
      const type = p.attr('type')?.value;
      if (type?.kind !== 'string') principalOpaque = true;
      else principals[type.value] = strings(p.attr('identifiers')?.value);
    }
    const conditions: Record<string, Record<string, PolicyJson>> = {};
    let conditionOpaque = s.hasUnknownBlocks('condition');
    for (const c of s.blocks('condition')) {
      const test = c.attr('test')?.value;
      const variable = c.attr('variable')?.value;
      if (test?.kind !== 'string' || variable?.kind !== 'string') {
        conditionOpaque = true;
        continue;
      }
      (conditions[test.value] ??= {})[variable.value] = strings(c.attr('values')?.value);
    }
    const principal: PolicyJson = principalOpaque || s.hasUnknownBlocks('principals') ? OPAQUE : '*' in principals ? '*' : principals;
    statements.push({
      // null is the argument left out: Allow, as the provider renders it
      Effect: effect === undefined || effect.kind === 'null' ? 'Allow' : effect.kind === 'string' ? effect.value : OPAQUE,
      ...(s.blocks('principals').length || principalOpaque ? { Principal: principal } : {}),
      Action: strings(s.attr('actions')?.value),
      ...(conditionOpaque ? { Condition: OPAQUE } : Object.keys(conditions).length ? { Condition: conditions } : {}),
    });
  }
  // `dynamic "statement"` blocks in unknown number: statements known only after apply
  if (doc.hasUnknownBlocks('statement')) statements.push(OPAQUE);
  return { Statement: statements };
}

/** The statements of a `data "aws_iam_policy_document"`, or undefined if they are generated in unknown number. */
export function documentStatements(doc: ResourceView): Statements {
  if (doc.hasUnknownBlocks('statement')) return undefined;
  return doc.blocks('statement').map((b, i) => documentStatement(b, i));
}

function documentStatement(b: BlockView, index: number): Statement {
  const strings = (name: string): StringsPart | undefined => {
    const a = b.attr(name);
    if (!a) return undefined;
    return { ...stringsOf(a.value), at: a };
  };
  const principals = (type: string): PrincipalsPart | undefined => {
    const blocks = b.blocks(type);
    if (blocks.length === 0 && !b.hasUnknownBlocks(type)) return undefined;
    const byType = new Map<string, string[]>();
    let complete = !b.hasUnknownBlocks(type);
    for (const p of blocks) {
      const t = p.attr('type')?.value;
      const ids = stringsOf(p.attr('identifiers')?.value);
      if (t?.kind !== 'string') {
        complete = false;
        continue;
      }
      complete &&= ids.complete;
      byType.set(t.value, [...(byType.get(t.value) ?? []), ...ids.values]);
    }
    return { byType, complete, at: blocks[0] ?? b };
  };
  const effect = b.attr('effect')?.value;
  const sid = b.attr('sid')?.value;
  return {
    label: sid?.kind === 'string' && sid.value ? `"${sid.value}"` : `#${index + 1}`,
    effect: !effect || effect.kind === 'null' ? 'Allow' : effect.kind === 'string' ? (effect.value === 'Deny' ? 'Deny' : 'Allow') : undefined,
    statedEffect: !effect || effect.kind === 'null' ? 'Allow' : effect.kind === 'string' ? effect.value : undefined,
    ...optional('actions', strings('actions')),
    ...optional('notActions', strings('not_actions')),
    ...optional('resources', strings('resources')),
    ...optional('notResources', strings('not_resources')),
    ...optional('principals', principals('principals')),
    ...optional('notPrincipals', principals('not_principals')),
    conditioned: b.hasUnknownBlocks('condition') ? undefined : b.blocks('condition').length > 0,
    conditions: documentConditions(b),
    at: b,
    fromDocument: true,
  };
}

function documentConditions(b: BlockView): Condition[] | undefined {
  if (b.hasUnknownBlocks('condition')) return undefined;
  const out: Condition[] = [];
  for (const c of b.blocks('condition')) {
    const test = c.attr('test')?.value;
    const variable = c.attr('variable')?.value;
    if (test?.kind !== 'string' || variable?.kind !== 'string') return undefined;
    out.push({ operator: test.value, key: variable.value, values: stringsOf(c.attr('values')?.value).values });
  }
  return out;
}

/**
 * The statements a resource's policy holds: for `data "aws_iam_policy_document"` its statement
 * blocks, otherwise the JSON of `attrName`.
 */
export function statementsOf(resource: ResourceView, attrName = 'policy'): Statements {
  if (resource.mode === 'data' && resource.resourceType === 'aws_iam_policy_document') return documentStatements(resource);
  return jsonStatements(resource.attr(attrName));
}

/**
 * Resources of `type` whose `attr` is this policy document's `json` (`policy =
 * data.aws_iam_policy_document.x.json`): how a document rule learns what the document is used for.
 */
export function documentUsers(doc: ResourceView, graph: Graph, type: string, attr: string): ResourceView[] {
  return graph.referencing(doc, type, attr).filter((r) => {
    const v = r.attr(attr)?.value;
    return v?.kind === 'unknown' && v.source === `${doc.address}.json`;
  });
}

/** True if an IAM action pattern list (with `*` and `?` wildcards, case-insensitive) covers `action`. */
export function coversAction(patterns: readonly string[], action: string): boolean {
  return patterns.some((p) => wildcard(p).test(action));
}

/** The patterns that grant every action of every service: `*` and `*:*`. */
export function allActionPatterns(patterns: readonly string[]): string[] {
  return patterns.filter((p) => p === '*' || p === '*:*');
}

/** True if the statement lets anyone in: principal `*` or `AWS: "*"` (also inside a list). */
export function anyonePrincipal(p: PrincipalsPart | undefined): boolean {
  if (!p) return false;
  return (p.byType.get('*') ?? []).includes('*') || (p.byType.get('AWS') ?? []).includes('*');
}

/**
 * A public statement: it allows, to anyone, without a condition. Undefined when the effect, the
 * principals or the conditions are known only after apply.
 */
export function isPublicAllow(s: Statement): boolean | undefined {
  if (s.effect === 'Deny') return false;
  if (!anyonePrincipal(s.principals)) return s.principals && !s.principals.complete ? undefined : false;
  if (s.effect === undefined || s.conditioned === undefined) return undefined;
  return !s.conditioned;
}

/** Condition keys that limit who can use an Allow to anyone: a network, an organization, an account, a source. */
const CALLER_KEYS = new Set([
  'aws:sourcevpce',
  'aws:sourcevpc',
  'aws:sourceip',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:principalaccount',
  'aws:principalarn',
  'aws:sourcearn',
  'aws:sourceaccount',
  'aws:sourceorgid',
  'aws:sourceorgpaths',
  'aws:userid',
  'aws:username',
  'kms:calleraccount',
]);

/**
 * What a resource policy attribute (`policy` of a bucket policy or a KMS key) opens to anyone: how
 * many of its statements allow any caller (`allowsAnyCaller`) and their actions, unknown ones as
 * "(unknown)"; undefined when the policy cannot be read before apply.
 */
export function openToAnyone(attr: AttributeView, graph: Graph): { readonly statements: number; readonly actions: readonly string[] } | undefined {
  const statements = policyStatements(attr, graph);
  if (!statements) return undefined;
  const open = statements.filter((s) => allowsAnyCaller(s) === true);
  return { statements: open.length, actions: [...new Set(open.flatMap((s) => (s.actions?.items ?? []).map((a) => a ?? '(unknown)')))] };
}

/**
 * A statement stating "Allow" to anyone that no condition on the caller (network, organization,
 * account, source) narrows; undefined when the effect or the conditions are known only after
 * apply. Unlike `isPublicAllow`, a condition on anything else (TLS, a tag) does not count.
 */
export function allowsAnyCaller(s: Statement): boolean | undefined {
  if (s.statedEffect === undefined) return undefined;
  if (s.statedEffect !== 'Allow' || !anyonePrincipal(s.principals)) return false;
  if (s.conditions === undefined) return undefined;
  return !s.conditions.some((c) => CALLER_KEYS.has(c.key.toLowerCase()));
}

/** The strings of a list or single string value (all items, and the known ones), and whether all of it was known. */
export function stringsOf(v: Value | undefined): { values: string[]; items: (string | undefined)[]; complete: boolean } {
  if (!v || v.kind === 'null') return { values: [], items: [], complete: true };
  if (v.kind === 'string') return { values: [v.value], items: [v.value], complete: true };
  if (v.kind === 'list') {
    const items = v.items.map((x) => (x.kind === 'string' ? x.value : undefined));
    return { values: items.filter(isString), items, complete: items.every(isString) };
  }
  return { values: [], items: [undefined], complete: false };
}

/** An IAM action pattern (`s3:Get*`, `ec2:?escribe*`), case-insensitive, as RE2: linear in the action whatever the pattern. */
function wildcard(p: string): Re2Pattern {
  return compileRe2('(?i)^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
}

function isRecord(x: PolicyJson | undefined): x is JsonObject {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isString(x: unknown): x is string {
  return typeof x === 'string';
}

/** An element that may be one value or a list of them (`Action`, `Resource`): null or absent is none. */
function listOf(j: PolicyJson | undefined): readonly PolicyJson[] {
  if (j === undefined || j === null) return [];
  return Array.isArray(j) ? (j as readonly PolicyJson[]) : [j];
}

function optional<K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } {
  return (v === undefined ? {} : { [key]: v }) as { [P in K]?: V };
}

/** Resource types whose `policy` attribute is an identity-based policy, plus the policy document data source. */
export const IDENTITY_POLICY_TARGETS = ['aws_iam_policy', 'aws_iam_role_policy', 'aws_iam_user_policy', 'aws_iam_group_policy', 'aws_iam_role', 'data.aws_iam_policy_document'] as const;

/**
 * The identity-based policy statements a resource holds: the `policy` of the policy resources,
 * the `inline_policy` blocks of `aws_iam_role`, the statements of a policy document. Policies
 * whose text is known only after apply are left out.
 */
export function identityStatements(resource: ResourceView): Statement[] {
  if (resource.mode === 'managed' && resource.resourceType === 'aws_iam_role') {
    return resource.blocks('inline_policy').flatMap((b) => jsonStatements(b.attr('policy')) ?? []);
  }
  // a statement naming principals belongs to a resource-based policy (a key or bucket policy,
  // a trust policy), where `kms:*` on `*` is the norm: not an identity grant
  return (statementsOf(resource) ?? []).filter((s) => !s.principals && !s.notPrincipals);
}

/**
 * The statements of a resource-based policy: the JSON in the attribute of a policy-holding
 * resource (`[type, attr]` in `holders`), or a policy document used as such a policy.
 */
export function resourcePolicyStatements(resource: ResourceView, graph: Graph, holders: readonly (readonly [string, string])[]): Statements {
  if (resource.mode === 'data') {
    if (resource.resourceType !== 'aws_iam_policy_document') return undefined;
    if (!holders.some(([type, attr]) => documentUsers(resource, graph, type, attr).length > 0)) return undefined;
    return documentStatements(resource);
  }
  const holder = holders.find(([type]) => type === resource.resourceType);
  return holder ? jsonStatements(resource.attr(holder[1])) : undefined;
}

/** "sqs:SendMessage, sqs:ReceiveMessage" for a message; "every action" for `*`. */
export function describeActions(s: Statement): string {
  const actions = s.actions?.values ?? [];
  if (actions.length === 0) return s.notActions ? 'every action but a few' : 'its actions';
  if (actions.includes('*')) return 'every action';
  return actions.slice(0, 3).join(', ') + (actions.length > 3 ? ', ...' : '');
}
