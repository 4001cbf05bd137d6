/**
 * Generic traversal of the syntax tree: the direct children of any node, a depth-first visit, and
 * the chain of nodes enclosing an offset (what a hover or quick fix needs from a cursor position).
 */
import type { Body, BodyItem, Expression, HclFile, Label, ObjectItem, Span, TemplatePart, Identifier } from './ast';

export type Node = Body | BodyItem | Expression | TemplatePart | ObjectItem | Label | Identifier;

/** The direct child nodes of `node`, in source order. */
export function childrenOf(node: Node): Node[] {
  if (!('kind' in node)) {
    // ObjectItem, Label or Identifier
    if ('key' in node) return [node.key, node.value];
    return [];
  }
  switch (node.kind) {
    case 'body':
      return [...node.items];
    case 'attribute':
      return [node.name, node.expr];
    case 'block':
      return [node.type, ...node.labels, node.body];
    case 'template':
      return [...node.parts];
    case 'template-literal':
      return [];
    case 'interpolation':
      return [node.expr];
    case 'template-if':
      return [node.cond, ...node.then, ...(node.else ?? [])];
    case 'template-for':
      return [...(node.keyVar ? [node.keyVar] : []), node.valVar, node.coll, ...node.body];
    case 'tuple':
      return [...node.items];
    case 'object':
      return [...node.items];
    case 'get-attr':
      return [node.object, node.name];
    case 'index':
      return [node.object, node.key];
    case 'splat':
      return [node.source, node.each];
    case 'call':
      return [node.name, ...node.args];
    case 'for':
      return [
        ...(node.keyVar ? [node.keyVar] : []),
        node.valVar,
        node.coll,
        ...(node.keyExpr ? [node.keyExpr] : []),
        node.valExpr,
        ...(node.cond ? [node.cond] : []),
      ];
    case 'conditional':
      return [node.cond, node.then, node.else];
    case 'binary':
      return [node.left, node.right];
    case 'unary':
      return [node.operand];
    case 'paren':
      return [node.expr];
    case 'literal':
    case 'variable':
    case 'splat-item':
    case 'invalid':
      return [];
  }
}

/** Visits `node` and every node below it, depth first, parents before children. */
export function walk(node: Node, visit: (node: Node, parent: Node | undefined) => void): void {
  const stack: [Node, Node | undefined][] = [[node, undefined]];
  while (stack.length) {
    const [n, parent] = stack.pop()!;
    visit(n, parent);
    const kids = childrenOf(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, n]);
  }
}

/** The nodes that contain `offset`, outermost first (the file body first, the innermost last). */
export function nodesAt(file: HclFile, offset: number): Node[] {
  const path: Node[] = [];
  let current: Node | undefined = file.body;
  while (current) {
    path.push(current);
    current = childrenOf(current).find((c: Span) => c.start <= offset && offset < c.end) ?? undefined;
  }
  return path;
}
