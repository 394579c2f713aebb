export { assessReadiness } from './assess';
export type { ReadinessFacts, DocumentFact, ToBeConfirmed } from './facts';
export { factsFromWorkspace, type DocumentCheck } from './from-workspace';
export { readinessHeadline, readinessText, describeTarget } from './report-text';
export * from './types';
export { readinessMarkdown } from './report-markdown';
