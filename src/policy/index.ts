export type * from './rule';
export { defineRule } from './rule';
export type { AttributeView, BlockView, ResourceView, Graph } from './resource-view';
export type { FixBuilder } from './fixes';
export type { PolicyConfig, PolicyRun, RuleSetting } from './engine';
export { PolicyMemo, runPolicy, SUPPRESSION_RULES } from './engine';
export { RULES } from './rules';
export type { CustomCondition, CustomRuleDeclaration } from './custom-rules';
export { compileCustomRule } from './custom-rules';
