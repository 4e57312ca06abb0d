// Analysis no other index platform offers (issue 8): strengths and weaknesses, trends across
// framework versions, rank robustness, paths to the next level, anomaly flags. Pure functions:
// randomness comes from seeds, dates are passed in. Re-exported by core's index.ts.
export {
  findStrengths,
  type StrengthOptions,
  type StrengthItem,
  type StrengthsReport,
  type SkipReason,
} from './find-strengths';
export {
  computeTrend,
  type TrendInput,
  type TrendYear,
  type TrendStep,
  type UnitTrend,
  type PercentChange,
  type IndexTrend,
  type UnmatchedSubIndex,
} from './compute-trend';
export {
  lineageHistory,
  predecessorCodes,
  type LineageHistoryInput,
  type LineageLink,
  type LineageYear,
  type UnitFigure,
} from './lineage-history';
export {
  simulateRanks,
  prepareRankSimulation,
  simulateRanksChunk,
  seedForRun,
  type RankSimulationOptions,
  type RankSimulationModel,
  type RankSamples,
  type DisputedItem,
} from './simulate-ranks';
export { summarizeRankSamples, type RankRobustness, type UnitRankRobustness } from './summarize-rank-samples';
export { type GroupRankRobustness } from './group-rank-intervals';
export {
  planImprovements,
  type ImprovementOptions,
  type ImprovementPlan,
  type ImprovementAction,
  type ImprovementTarget,
  type Standing,
} from './plan-improvements';
export { proposeBestValues, type BestValues } from './improvement-values';
export { flagAnomalies, type AnomalyInput, type AnomalyOptions } from './flag-anomalies';
export { type AnomalyFlag, type AnomalyKind, type AnomalySeverity } from './anomaly-flag';
export { type EvidenceRecord, type DataWindow } from './flag-evidence';
export { formatNumberVi, formatSignedVi } from './format-vietnamese-number';
export { median, medianAbsoluteDeviation, robustZ } from './robust-statistics';
