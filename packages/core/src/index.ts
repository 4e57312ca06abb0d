// The pure domain core of DTI Lào Cai: framework model and validation, scoring, ranking, levels.
// No I/O, no clock, no randomness, no environment: callers pass everything in.
export type * from './framework/framework-types';
export { frameworkSchema, buildFrameworkJsonSchema } from './framework/framework-schema';
export { validateFramework, type FrameworkValidation } from './framework/validate-framework';
export { parseFrameworkText, type ParsedText } from './framework/parse-framework-text';
export { summarizeFramework, type SetSummary } from './framework/summarize-framework';
export { formatJsonPath } from './framework/json-path';
export type * from './scoring/values-types';
export { roundHalfAwayFromZero } from './scoring/round-decimal';
export { scoreSubIndex, type SubIndexScore } from './scoring/score-sub-index';
export { scoreSet } from './scoring/score-set';
export { scoreValues, type ScoreOutcome } from './scoring/score-values';
export { validateValues, type ValuesValidation } from './scoring/validate-values';
export { parseValuesCsv, parseCsvRows } from './scoring/parse-values-csv';
export { rankUnits, compareForRanking, type Rankable } from './scoring/rank-units';
export { classifyLevel } from './scoring/classify-level';
export { planSet, type SetPlan } from './scoring/set-plan';
export { compareVietnamese, foldVietnamese } from './text/vietnamese-collator';
export { InputRejectedError, type Problem, type ProblemCode } from './errors/problem';
export {
  diffFrameworks,
  formatFrameworkDiff,
  compareCodes,
  type FrameworkDiff,
  type SetDiff,
  type ChangedSubIndex,
  type MovedPoints,
  type SubIndexDiffField,
} from './framework/diff-frameworks';
export { createSeededRandom, seedFromText } from './random/seeded-random';
export { generateDemoValues, type DemoValueOptions } from './demo/generate-demo-values';
export * from './analysis';
export { defaultAssessmentYear, type PeriodChoice } from './cycle/default-assessment-year';
