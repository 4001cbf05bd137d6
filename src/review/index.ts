export type { Review, ReviewSide, ResourceDelta, ResourceChange, ModuleDelta, CostReview } from './review';
export { reviewAnalyses, normalizeMessage, hasUnknown } from './review';
export type { Move } from './moved';
export { movesOf, moveAddress } from './moved';
export type { MarkdownOptions } from './markdown';
export { reviewMarkdown, amount, costHeadline, findingsHeadline, signedMoney, GITHUB_COMMENT_LIMIT } from './markdown';
export type { Baseline, BaselineEntry, BaselineMatch } from './baseline';
export { createBaseline, parseBaseline, matchBaseline } from './baseline';
