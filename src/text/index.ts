export type { Position, Range, Location } from './position';
export { LineIndex } from './line-index';
export type { Diagnostic, Severity } from './diagnostic';
export type { TextEdit } from './edit';
export { applyEdits } from './edit';
