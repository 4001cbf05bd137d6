/**
 * Declarative custom rules from kensa.jsonc, compiled into ordinary rules: a resource type, an
 * attribute path and operators (equals, notEquals, exists, matches, contains, in, greaterThan,
 * lessThan, and/or/not), no code. The condition says what must hold; a resource that does not meet
 * it gets the rule's message. A condition on a value unknown before apply is not decided.
 */
import { compileRe2, valuesEqual, fromJson, type Value } from '../terraform';
import { defineRule, type Category, type Rule } from './rule';
import type { ResourceView } from './resource-view';
import type { Severity } from '../text';

export type CustomCondition =
  | { readonly attribute: string; readonly equals?: unknown; readonly notEquals?: unknown; readonly exists?: boolean; readonly matches?: string; readonly contains?: unknown; readonly in?: readonly unknown[]; readonly greaterThan?: number; readonly lessThan?: number }
  | { readonly and: readonly CustomCondition[] }
  | { readonly or: readonly CustomCondition[] }
  | { readonly not: CustomCondition };

export interface CustomRuleDeclaration {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly category: Category;
  readonly resources: readonly string[];
  readonly message: string;
  readonly assert: CustomCondition;
  readonly file: string;
}

/** true, false, or undefined when a value it needs is unknown. */
type Verdict = boolean | undefined;

/** The value at a dotted path: attributes and nested blocks, then keys inside maps and objects (`tags.Owner`). */
function valueAt(resource: ResourceView, path: string): Value | undefined {
  return resource.get(path);
}

function evaluateCondition(c: CustomCondition, resource: ResourceView): Verdict {
  if ('and' in c) {
    let unknownSeen = false;
    for (const part of c.and) {
      const v = evaluateCondition(part, resource);
      if (v === false) return false;
      if (v === undefined) unknownSeen = true;
    }
    return unknownSeen ? undefined : true;
  }
  if ('or' in c) {
    let unknownSeen = false;
    for (const part of c.or) {
      const v = evaluateCondition(part, resource);
      if (v === true) return true;
      if (v === undefined) unknownSeen = true;
    }
    return unknownSeen ? undefined : false;
  }
  if ('not' in c) {
    const v = evaluateCondition(c.not, resource);
    return v === undefined ? undefined : !v;
  }
  const v = valueAt(resource, c.attribute);
  const present = v !== undefined && v.kind !== 'null';
  if (c.exists !== undefined && present !== c.exists) return false;
  if (!present) {
    // a missing value differs from anything, and matches nothing else
    const needsValue = c.equals !== undefined || c.matches !== undefined || c.contains !== undefined || c.in !== undefined || c.greaterThan !== undefined || c.lessThan !== undefined;
    return !needsValue;
  }
  if (v.kind === 'unknown') return undefined;
  if (c.equals !== undefined && !valuesEqual(v, fromJson(c.equals))) return false;
  if (c.notEquals !== undefined && valuesEqual(v, fromJson(c.notEquals))) return false;
  if (c.matches !== undefined && !(v.kind === 'string' && compileRe2(c.matches).test(v.value))) return false;
  if (c.in !== undefined && !c.in.some((x) => valuesEqual(v, fromJson(x)))) return false;
  if (c.greaterThan !== undefined && !(v.kind === 'number' && v.value > c.greaterThan)) return false;
  if (c.lessThan !== undefined && !(v.kind === 'number' && v.value < c.lessThan)) return false;
  if (c.contains !== undefined) {
    const want = fromJson(c.contains);
    const ok =
      v.kind === 'list'
        ? v.items.some((x) => valuesEqual(x, want))
        : v.kind === 'object'
          ? want.kind === 'string' && v.entries.has(want.value)
          : v.kind === 'string' && want.kind === 'string' && v.value.includes(want.value);
    if (!ok) return false;
  }
  return true;
}

/** The first attribute a condition names, to point the finding at when it exists. */
function firstAttribute(c: CustomCondition): string | undefined {
  if ('and' in c) return c.and.map(firstAttribute).find(Boolean);
  if ('or' in c) return c.or.map(firstAttribute).find(Boolean);
  if ('not' in c) return firstAttribute(c.not);
  return c.attribute;
}

export function compileCustomRule(spec: CustomRuleDeclaration): Rule {
  return defineRule({
    id: spec.id,
    title: spec.title,
    severity: spec.severity,
    category: spec.category,
    targets: spec.resources,
    docs: { why: `A custom rule of this project, declared in ${spec.file}.`, fix: spec.message, links: [] },
    check({ resource, report }) {
      const verdict = evaluateCondition(spec.assert, resource);
      if (verdict !== false) return;
      const name = firstAttribute(spec.assert);
      const attr = name ? resource.attrAt(name) : undefined;
      report({ at: attr ?? resource, message: spec.message });
    },
  });
}
