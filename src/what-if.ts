/**
 * A resource instance as a fix would leave it, without evaluating the configuration again: when
 * every edit of the fix replaces an attribute's literal value, or inserts attributes with literal
 * values, into the resource's own blocks, the new values are substituted into the evaluated
 * instance. Anything else (a new block, a reference, a companion resource) returns undefined and
 * the caller evaluates the edited configuration instead.
 */
import { parseHcl } from './hcl';
import type { TextEdit } from './text';
import { fromJson, type EvaluatedAttribute, type EvaluatedBlock, type EvaluatedBody, type ObjectValue, type ResourceInstance, type Value } from './terraform';

/** A JSON literal (`"gp3"`, `3000`, `true`), the only values substituted without evaluation. */
function literal(text: string): Value | undefined {
  try {
    const j: unknown = JSON.parse(text);
    return j === null || typeof j === 'object' ? undefined : fromJson(j);
  } catch {
    return undefined;
  }
}

export function instanceAfterEdits(instance: ResourceInstance, edits: readonly TextEdit[]): ResourceInstance | undefined {
  let body = instance.body;
  for (const e of edits) {
    if (e.file !== instance.file) return undefined;
    const next = applyToBody(body, e);
    if (!next) return undefined;
    body = next;
  }
  return { ...instance, body, value: valueOf(body, instance.value) };
}

function applyToBody(body: EvaluatedBody, e: TextEdit): EvaluatedBody | undefined {
  if (e.start < body.node.start || e.end > body.node.end) return undefined;
  // an edit inside a nested block goes to that block
  for (let i = 0; i < body.blocks.length; i++) {
    const b = body.blocks[i]!;
    if (b.dynamic) continue;
    if (e.start >= b.node.body.start && e.end <= b.node.body.end) {
      const inner = applyToBody(b.body, e);
      if (!inner) return undefined;
      const blocks: EvaluatedBlock[] = [...body.blocks];
      blocks[i] = { ...b, body: inner };
      return { ...body, blocks };
    }
  }
  const attributes = new Map(body.attributes);
  for (const a of body.attributes.values()) {
    if (a.node.expr.start === e.start && a.node.expr.end === e.end) {
      const v = literal(e.newText);
      if (!v) return undefined;
      attributes.set(a.name, { ...a, value: v });
      return { ...body, attributes };
    }
  }
  if (e.start !== e.end) return undefined;
  // an insertion of `name = literal` lines into this body
  const parsed = parseHcl(e.newText.trim(), body.file);
  if (parsed.diagnostics.length || parsed.body.items.length === 0) return undefined;
  for (const item of parsed.body.items) {
    if (item.kind !== 'attribute') return undefined;
    const v = literal(parsed.text.slice(item.expr.start, item.expr.end));
    if (!v) return undefined;
    const anchor: EvaluatedAttribute['node'] = { ...item, start: e.start, end: e.start, name: { ...item.name, start: e.start, end: e.start }, expr: { kind: 'invalid', start: e.start, end: e.start } };
    attributes.set(item.name.name, { name: item.name.name, value: v, file: body.file, node: anchor });
  }
  return { ...body, attributes };
}

/** The reference value of a body: its attributes and blocks, with the original's computed attributes left open. */
function valueOf(body: EvaluatedBody, original: Value): ObjectValue {
  const entries = new Map<string, Value>();
  for (const [k, a] of body.attributes) entries.set(k, a.value);
  const byType = new Map<string, Value[]>();
  for (const b of body.blocks) byType.set(b.type, [...(byType.get(b.type) ?? []), valueOf(b.body, { kind: 'null' })]);
  for (const [t, items] of byType) if (!entries.has(t)) entries.set(t, { kind: 'list', type: 'tuple', items });
  const open = original.kind === 'object' ? original.open : undefined;
  return { kind: 'object', type: 'object', entries, ...(open !== undefined ? { open } : {}) };
}
