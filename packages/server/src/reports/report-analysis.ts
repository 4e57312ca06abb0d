// Figures derived from a set's results for the documents: group averages, strongest and weakest
// main indices, change from last year, level distribution.
import type { ScoreOutOf, SetResults, UnitResult } from '@dti/core';
import type { ReportIndex, ReportSet } from './report-models';

/** A score as a percent of its maximum (0 when the maximum is 0 or the index is excluded). */
export function percentOf(score: ScoreOutOf | undefined): number {
  if (!score || score.excluded || score.max <= 0) return 0;
  return (score.score / score.max) * 100;
}

/** The units a unit is compared with: its sub-group when it has one, otherwise the whole set. */
export function peersOf(results: SetResults, unit: UnitResult): UnitResult[] {
  if (unit.group === undefined) return results.units;
  return results.units.filter((u) => u.group === unit.group);
}

/** Average percent of each main index over some units, by index code. */
export function averageIndexPercents(units: readonly UnitResult[], indices: readonly ReportIndex[]) {
  const out = new Map<string, number>();
  for (const index of indices) {
    const sum = units.reduce((acc, u) => acc + percentOf(u.indices[index.code]), 0);
    out.set(index.code, units.length === 0 ? 0 : sum / units.length);
  }
  return out;
}

/** Average total of some units. */
export function averageTotal(units: readonly UnitResult[]): number {
  return units.length === 0 ? 0 : units.reduce((acc, u) => acc + u.total, 0) / units.length;
}

/** One main index of a unit, as strengths and weaknesses list it. */
export interface IndexStanding {
  index: ReportIndex;
  percent: number;
  average: number;
}

/** The unit's main indices from strongest to weakest (percent of max; ties by index order). */
export function rankIndices(set: ReportSet, unit: UnitResult): IndexStanding[] {
  const averages = averageIndexPercents(peersOf(set.results, unit), set.indices);
  return set.indices
    .filter((index) => index.maxPoints > 0 && !unit.indices[index.code]?.excluded)
    .map((index) => ({
      index,
      percent: percentOf(unit.indices[index.code]),
      average: averages.get(index.code) ?? 0,
    }))
    .sort((a, b) => b.percent - a.percent);
}

/** A unit's result last year, if it was assessed. */
export function previousOf(set: ReportSet, code: string): UnitResult | undefined {
  return set.previous?.units.find((u) => u.code === code);
}

/** Number of units per level code. */
export function countLevels(results: SetResults): Map<string, number> {
  const out = new Map<string, number>();
  for (const unit of results.units) out.set(unit.level, (out.get(unit.level) ?? 0) + 1);
  return out;
}
