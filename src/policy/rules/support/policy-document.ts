/**
 * AWS policy documents as rules need them: the statements of a JSON policy string (a `policy`
 * attribute written with jsonencode() or a heredoc) or of a `data "aws_iam_policy_document"`,
 * in one shape, each part with the place a finding should point at. A part whose value is not
 * known before apply says so (`complete: false`) instead of being guessed.
 */
import type { Value } from '../../../terraform';
import type { AttributeView, BlockView, Graph, ResourceView } from '../../resource-view';
import type { Subject } from '../../rule';

/** A list of strings from a statement (actions, resources), and whether every item is known. */
export interface StringsPart {
  readonly values: readonly string[];
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

export interface Statement {
  /** The Sid, or the statement's position (1-based) when it has none. */
  readonly label: string;
  /** Undefined when the effect is known only after apply. */
  readonly effect: 'Allow' | 'Deny' | undefined;
  readonly actions?: StringsPart;
  readonly notActions?: StringsPart;
  readonly resources?: StringsPart;
  readonly notResources?: StringsPart;
  readonly principals?: PrincipalsPart;
  readonly notPrincipals?: PrincipalsPart;
  /** True if the statement has a Condition; undefined if that is known only after apply. */
  readonly conditioned: boolean | undefined;
  /** The statement block of a policy document, or the policy attribute holding the JSON. */
  readonly at: Subject;
  /** True for the statement blocks of `data "aws_iam_policy_document"`, false for JSON text. */
  readonly fromDocument: boolean;
}

/** The statements of a policy: undefined when they are not known before apply (or the JSON is not a policy). */
export type Statements = readonly Statement[] | undefined;

/** The statements of a JSON policy held in `attr` (a known string), or undefined. */
export function jsonStatements(attr: AttributeView | undefined): Statements {
  if (!attr || attr.value.kind !== 'string') return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(attr.value.value);
  } catch {
    return undefined;
  }
  if (!isRecord(doc)) return undefined;
  const raw = doc['Statement'];
  const list = Array.isArray(raw) ? raw : isRecord(raw) ? [raw] : undefined;
  if (!list) return undefined;
  return list.filter(isRecord).map((s, i) => jsonStatement(s, i, attr));
}

function jsonStatement(s: Record<string, unknown>, index: number, at: Subject): Statement {
  const strings = (key: string): StringsPart | undefined => {
    const v = s[key];
    if (v === undefined) return undefined;
    const items = Array.isArray(v) ? v : [v];
    return { values: items.filter((x): x is string => typeof x === 'string'), complete: true, at };
  };
  const principals = (key: string): PrincipalsPart | undefined => {
    const v = s[key];
    if (v === undefined) return undefined;
    const byType = new Map<string, string[]>();
    if (typeof v === 'string') byType.set('*', [v]);
    else if (isRecord(v)) {
      for (const [type, ids] of Object.entries(v)) {
        const items = Array.isArray(ids) ? ids : [ids];
        byType.set(type, items.filter((x): x is string => typeof x === 'string'));
      }
    }
    return { byType, complete: true, at };
  };
  const effect = s['Effect'];
  const condition = s['Condition'];
  const sid = s['Sid'];
  return {
    label: typeof sid === 'string' && sid ? `"${sid}"` : `#${index + 1}`,
    effect: effect === 'Deny' ? 'Deny' : 'Allow',
    ...optional('actions', strings('Action')),
    ...optional('notActions', strings('NotAction')),
    ...optional('resources', strings('Resource')),
    ...optional('notResources', strings('NotResource')),
    ...optional('principals', principals('Principal')),
    ...optional('notPrincipals', principals('NotPrincipal')),
    conditioned: isRecord(condition) ? Object.keys(condition).length > 0 : false,
    at,
    fromDocument: false,
  };
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
    ...optional('actions', strings('actions')),
    ...optional('notActions', strings('not_actions')),
    ...optional('resources', strings('resources')),
    ...optional('notResources', strings('not_resources')),
    ...optional('principals', principals('principals')),
    ...optional('notPrincipals', principals('not_principals')),
    conditioned: b.hasUnknownBlocks('condition') ? undefined : b.blocks('condition').length > 0,
    at: b,
    fromDocument: true,
  };
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

/** The known strings of a list or single string value, and whether all of it was known. */
export function stringsOf(v: Value | undefined): { values: string[]; complete: boolean } {
  if (!v || v.kind === 'null') return { values: [], complete: true };
  if (v.kind === 'string') return { values: [v.value], complete: true };
  if (v.kind === 'list') {
    const values = v.items.flatMap((x) => (x.kind === 'string' ? [x.value] : []));
    return { values, complete: v.items.every((x) => x.kind === 'string') };
  }
  return { values: [], complete: false };
}

const patterns = new Map<string, RegExp>();
function wildcard(p: string): RegExp {
  let re = patterns.get(p);
  if (!re) {
    re = new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i');
    patterns.set(p, re);
  }
  return re;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
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
