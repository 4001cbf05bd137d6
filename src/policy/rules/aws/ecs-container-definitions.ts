/**
 * The containers of an `aws_ecs_task_definition`, read from `container_definitions` (a JSON
 * string, usually written with jsonencode()). When the whole value is known, it is parsed. When it
 * is not (jsonencode() of anything unknown, such as an ECR repository URL, is wholly unknown), the
 * argument of a jsonencode() call written right in the attribute is read from the syntax: literal
 * keys and values are kept, every other expression becomes UNKNOWN. A rule looks only at the
 * properties it needs, so `privileged = true` is still seen next to an image known after apply.
 */
import type { Expression } from '../../../hcl';
import type { AttributeView, ResourceView } from '../../resource-view';

/** A property whose value is known only after apply (or written as an expression we do not evaluate). */
export const UNKNOWN = Symbol('unknown');

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json } | typeof UNKNOWN;

export interface Container {
  /** The container's `name`, or its position (1-based) as "container N" when the name is not known. */
  readonly label: string;
  readonly props: { readonly [key: string]: Json };
}

export interface ContainerDefinitions {
  readonly attr: AttributeView;
  readonly containers: readonly Container[];
}

/** The containers of a task definition, or undefined when not even their list is known. */
export function containerDefinitions(resource: ResourceView): ContainerDefinitions | undefined {
  const attr = resource.attr('container_definitions');
  if (!attr) return undefined;
  const list = jsonAttribute(attr);
  if (!Array.isArray(list)) return undefined;
  const containers: Container[] = [];
  (list as readonly Json[]).forEach((item, i) => {
    if (!isObject(item)) return;
    const name = item['name'];
    containers.push({ label: typeof name === 'string' ? `"${name}"` : `container ${i + 1}`, props: item });
  });
  return { attr, containers };
}

/**
 * The JSON an attribute holds as a string (usually written with jsonencode()): parsed when known,
 * else read from a jsonencode() call written right in the attribute, with UNKNOWN for every part
 * that is not a literal. Undefined when neither works.
 */
export function jsonAttribute(attr: AttributeView): Json | undefined {
  if (attr.value.kind === 'string') {
    try {
      return JSON.parse(attr.value.value) as Json;
    } catch {
      return undefined;
    }
  }
  if (attr.value.kind !== 'unknown' || !attr.node) return undefined;
  const expr = unwrap(attr.node.expr);
  if (expr.kind !== 'call' || expr.name.name !== 'jsonencode' || expr.args.length !== 1 || expr.expandFinal) return undefined;
  return fromSyntax(expr.args[0]!);
}

export function isObject(v: Json | undefined): v is { readonly [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unwrap(e: Expression): Expression {
  return e.kind === 'paren' ? unwrap(e.expr) : e;
}

/** The JSON that jsonencode() would produce from `e`, with UNKNOWN wherever it is not a literal. */
function fromSyntax(e: Expression): Json {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'template': {
      if (!e.parts.every((p) => p.kind === 'template-literal')) return UNKNOWN;
      return e.parts.map((p) => (p.kind === 'template-literal' ? p.value : '')).join('');
    }
    case 'tuple':
      return e.items.map(fromSyntax);
    case 'object': {
      const out: Record<string, Json> = {};
      for (const item of e.items) {
        const key = unwrap(item.key);
        const name = key.kind === 'variable' ? key.name : key.kind === 'template' && key.parts.length === 1 && key.parts[0]!.kind === 'template-literal' ? key.parts[0]!.value : undefined;
        if (name !== undefined) out[name] = fromSyntax(item.value);
      }
      return out;
    }
    case 'paren':
      return fromSyntax(e.expr);
    case 'unary':
      return e.op === '-' && e.operand.kind === 'literal' && typeof e.operand.value === 'number' ? -e.operand.value : UNKNOWN;
    default:
      return UNKNOWN;
  }
}
