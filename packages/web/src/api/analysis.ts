// Analysis: rank intervals next to ranks (public for published years), a unit's plan to the next
// level, anomaly flags of a unit's items for the council, effort weights per sub-index.
import type { EffortWeights, SetRankIntervals, UnitAnomalies, UnitTrendAnswer } from '@dti/contract';
import type { ImprovementPlan } from '@dti/core';
import { requestApi } from './client';

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

/** Rank intervals of a published year (anyone). */
export function getPublicRankIntervals(
  year: number,
  set?: string,
  signal?: AbortSignal,
): Promise<SetRankIntervals[]> {
  return requestApi<SetRankIntervals[]>(`/api/public/periods/${year}/robustness`, {
    query: { set },
    ...withSignal(signal),
  });
}

/** Rank intervals of a period for province readers (kept for a frozen snapshot, simulated before). */
export function getRankIntervals(
  year: number,
  set?: string,
  signal?: AbortSignal,
): Promise<SetRankIntervals[]> {
  return requestApi<SetRankIntervals[]>(`/api/periods/${year}/rank-intervals`, {
    query: { set },
    ...withSignal(signal),
  });
}

/** The least-effort plan of a unit to its next level. */
export function getUnitPlan(year: number, unitCode: string, signal?: AbortSignal): Promise<ImprovementPlan> {
  return requestApi<ImprovementPlan>(
    `/api/periods/${year}/units/${encodeURIComponent(unitCode)}/plan`,
    withSignal(signal),
  );
}

/** Anomaly flags of one unit's items (council, leaders, administrators). */
export function getUnitAnomalies(
  year: number,
  unitCode: string,
  signal?: AbortSignal,
): Promise<UnitAnomalies> {
  return requestApi<UnitAnomalies>(
    `/api/periods/${year}/units/${encodeURIComponent(unitCode)}/anomalies`,
    withSignal(signal),
  );
}

/** Effort weights of every sub-index of a framework. */
export function getEffortWeights(frameworkId: string, signal?: AbortSignal): Promise<EffortWeights> {
  return requestApi<EffortWeights>(
    `/api/frameworks/${encodeURIComponent(frameworkId)}/effort-weights`,
    withSignal(signal),
  );
}

/** Replaces the effort weights of a framework (administrators); codes left out take 1. */
export function saveEffortWeights(
  frameworkId: string,
  weights: Record<string, number>,
): Promise<EffortWeights> {
  return requestApi<EffortWeights>(`/api/frameworks/${encodeURIComponent(frameworkId)}/effort-weights`, {
    method: 'PUT',
    body: { json: { weights } },
  });
}

/**
 * A unit's trend across the years and reorganisations (own or derived from predecessors):
 * published years for anyone (`public`), or as a signed-in reader may see them.
 */
export function getUnitTrend(
  unitCode: string,
  access: 'public' | 'signed-in',
  signal?: AbortSignal,
): Promise<UnitTrendAnswer> {
  const code = encodeURIComponent(unitCode);
  const path = access === 'public' ? `/api/public/units/${code}/trend` : `/api/units/${code}/trend`;
  return requestApi<UnitTrendAnswer>(path, withSignal(signal));
}
