/**
 * Reads IAM policy documents (bucket policies, key policies) for rules, from wherever Terraform
 * code writes them: a JSON string (heredoc or plain), `jsonencode({...})`, or a reference to a
 * `data.aws_iam_policy_document`. Parts known only after apply (an ARN interpolated into a
 * Resource, a variable) are kept as `OPAQUE`, so a rule can still read a statement's Effect,
 * Principal and Condition when only its Resource is unknown.
 */
import type { Expression, TemplatePart } from '../../../hcl';
import type { Value } from '../../../terraform';
import type { AttributeView, BlockView, Graph, ResourceView } from '../../resource-view';

/** A part of a policy that cannot be known before apply. */
export const OPAQUE: unique symbol = Symbol('opaque');
export type Opaque = typeof OPAQUE;

/** JSON as far as it is known. */
export type PolicyJson = null | boolean | number | string | Opaque | readonly PolicyJson[] | { readonly [key: string]: PolicyJson };

export interface PolicyCondition {
  /** `Bool`, `StringEquals`, ... (as written, case kept). */
  readonly operator: string;
  readonly key: string;
  readonly values: readonly (string | Opaque)[];
}

export interface PolicyStatement {
  readonly effect: string | Opaque;
  /** `Principal: "*"`, or an `AWS` principal of `"*"`: anyone, including anonymous users. */
  readonly anyPrincipal: boolean;
  /** The principal is (partly) unknown before apply. */
  readonly principalUnknown: boolean;
  readonly actions: readonly (string | Opaque)[];
  /** Conditions, or OPAQUE when the Condition element is not known. */
  readonly conditions: readonly PolicyCondition[] | Opaque;
}

export interface PolicyDocument {
  readonly statements: readonly PolicyStatement[];
}

const SENTINEL = '__kensa_unknown_7f3a__';

/**
 * The policy document an attribute holds, or undefined when it cannot be read before apply (or
 * is not a policy). `resource` is the resource the attribute belongs to (to find data sources in
 * its module).
 */
export function readPolicy(attr: AttributeView, resource: ResourceView, graph: Graph): PolicyDocument | undefined {
  const json = policyJson(attr, resource, graph);
  return json === undefined ? undefined : documentOf(json);
}

function policyJson(attr: AttributeView, resource: ResourceView, graph: Graph): PolicyJson | undefined {
  const v = attr.value;
  if (v.kind === 'string') return parseJson(v.value);
  if (v.kind !== 'unknown') return undefined;
  if (v.source && /^data\.aws_iam_policy_document\./.test(v.source)) {
    const m = /^(data\.aws_iam_policy_document\.[A-Za-z0-9_-]+(?:\[[^\]]*\])?)\.(json|minified_json)$/.exec(v.source);
    if (m) {
      const address = (resource.module ? `${resource.module}.` : '') + m[1];
      const doc = graph.resources.find((r) => r.address === address);
      if (doc) return policyDocumentJson(doc);
    }
    return undefined;
  }
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
  if (j && typeof j === 'object') return Object.fromEntries(Object.entries(j).map(([k, v]) => [k, replaceSentinel(v as PolicyJson)]));
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

/** A `data.aws_iam_policy_document` as the JSON it renders. */
function policyDocumentJson(doc: BlockView): PolicyJson {
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
      Effect: effect === undefined ? 'Allow' : effect.kind === 'string' ? effect.value : OPAQUE,
      ...(s.blocks('principals').length || principalOpaque ? { Principal: principal } : {}),
      Action: strings(s.attr('actions')?.value),
      ...(conditionOpaque ? { Condition: OPAQUE } : Object.keys(conditions).length ? { Condition: conditions } : {}),
    });
  }
  return { Statement: statements };
}

function list(j: PolicyJson | undefined): readonly PolicyJson[] {
  if (j === undefined || j === null) return [];
  return Array.isArray(j) ? (j as readonly PolicyJson[]) : [j];
}

function isRecord(j: PolicyJson | undefined): j is { readonly [key: string]: PolicyJson } {
  return typeof j === 'object' && j !== null && !Array.isArray(j);
}

function stringOrOpaque(j: PolicyJson): string | Opaque {
  return typeof j === 'string' ? j : OPAQUE;
}

function documentOf(json: PolicyJson): PolicyDocument | undefined {
  if (!isRecord(json)) return undefined;
  const statements: PolicyStatement[] = [];
  for (const s of list(json.Statement)) {
    if (!isRecord(s)) continue;
    const principal = s.Principal;
    let anyPrincipal = false;
    let principalUnknown = false;
    if (principal === '*') anyPrincipal = true;
    else if (principal === OPAQUE) principalUnknown = true;
    else if (isRecord(principal)) {
      for (const [type, ids] of Object.entries(principal)) {
        if (ids === OPAQUE) principalUnknown = true;
        for (const id of list(ids)) {
          if (id === OPAQUE) principalUnknown = true;
          else if (id === '*' && (type === 'AWS' || type === '*')) anyPrincipal = true;
        }
      }
    }
    let conditions: PolicyCondition[] | Opaque = [];
    if (s.Condition === OPAQUE) conditions = OPAQUE;
    else if (isRecord(s.Condition)) {
      for (const [operator, entries] of Object.entries(s.Condition)) {
        if (!isRecord(entries)) {
          conditions = OPAQUE;
          break;
        }
        for (const [key, values] of Object.entries(entries)) {
          (conditions as PolicyCondition[]).push({ operator, key, values: values === OPAQUE ? [OPAQUE] : list(values).map((x) => (typeof x === 'boolean' ? String(x) : stringOrOpaque(x))) });
        }
      }
    }
    statements.push({
      effect: stringOrOpaque(s.Effect ?? OPAQUE),
      anyPrincipal,
      principalUnknown,
      actions: list(s.Action).map(stringOrOpaque),
      conditions,
    });
  }
  return { statements };
}

/** Condition keys that limit who can use an Allow to anyone: a network, an organization, an account, a source. */
const RESTRICTING = new Set([
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

/** An Allow to `*` that no restricting condition narrows; undefined when that is unknown. */
export function publicAllow(s: PolicyStatement): boolean | undefined {
  if (s.effect === OPAQUE) return undefined;
  if (s.effect !== 'Allow' || !s.anyPrincipal) return false;
  if (s.conditions === OPAQUE) return undefined;
  return !s.conditions.some((c) => RESTRICTING.has(c.key.toLowerCase()));
}

