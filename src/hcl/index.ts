export type * from './ast';
export { parseHcl, parseTemplateText, parseExpressionText, shiftSpans } from './parser';
export { parseHclJson } from './json-syntax';
export { parseFile } from './parse-file';
export type { Node } from './walk';
export { childrenOf, walk, nodesAt } from './walk';
export { toHcl2Json, sortJsonKeys } from './hcl2json';
export type { EditTarget, AttributeValues, BlockSpec, HclValue, RawExpression, FileLayout } from './edits';
export { setAttribute, setAttributes, removeAttribute, removeBlock, insertBlock, ensureNestedAttribute, ensureNestedAttributes, insertTopLevelBlockAfter, renderValue, renderString, renderKey, rawExpression, detectLayout } from './edits';
