export { lintModule } from './lintModule';
export type { LintFinding } from './LintFinding';
export type { LintOptions } from './lintModule';
export { gulpease } from './gulpease';
export { GULPEASE_THRESHOLD } from './lintTexts';
export { conditionProblems } from './conditionProblems';
export type { ConditionProblem } from './conditionProblems';
