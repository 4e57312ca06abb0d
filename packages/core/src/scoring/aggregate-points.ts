/**
 * The scoring arithmetic from sub-index points up, written once: `scoreSet` (published results) and
 * the analyses that re-score units thousands of times (`analysis/points-matrix.ts`) both call it, so
 * they agree to the last bit. Missing counts 0 and keeps its maximum; excluded leaves the attainable
 * maximum; each main index is rescaled to its own maximum, then the total to the set's.
 */
import { EXCLUDED_POINTS, MISSING_POINTS } from './score-sub-index';
import type { SetPlan } from './set-plan';
import type { UnitInput } from './values-types';

/** Highest value of each `relative` sub-index over the units (the ranking group), by plan slot. */
export function findRelativeBest(plan: SetPlan, units: readonly UnitInput[]): Float64Array {
  const best = new Float64Array(plan.subs.length);
  plan.subs.forEach(({ sub }, slot) => {
    if (sub.method.type !== 'relative') return;
    const key = sub.method.input;
    let high = 0;
    for (const unit of units) {
      const v = unit.values[sub.code]?.[key];
      if (typeof v === 'number' && v > high) high = v;
    }
    best[slot] = high;
  });
  return best;
}

/** Points earned and attainable per main index, from a unit's row of sub-index points. */
export function sumByIndex(
  plan: SetPlan,
  points: ArrayLike<number>,
  offset = 0,
): { earned: Float64Array; attainable: Float64Array } {
  const n = plan.indices.length;
  const earned = new Float64Array(n);
  const attainable = new Float64Array(n);
  const subs = plan.subs;
  for (let slot = 0; slot < subs.length; slot++) {
    const { sub, indexSlot } = subs[slot]!;
    const p = points[offset + slot]!;
    if (p === EXCLUDED_POINTS) continue;
    earned[indexSlot]! += p === MISSING_POINTS ? 0 : p;
    attainable[indexSlot]! += sub.maxPoints;
  }
  return { earned, attainable };
}

/** A main index with points to give but nothing attainable (every sub-index excluded) is excluded. */
export function isIndexExcluded(indexMax: number, attainable: number): boolean {
  return indexMax > 0 && attainable === 0;
}

/** The exact score of a main index: earned / attainable × its maximum (0 when nothing attainable). */
export function indexScoreOf(indexMax: number, earned: number, attainable: number): number {
  return attainable === 0 ? 0 : (earned / attainable) * indexMax;
}

/** The exact total: the included indices' scores rescaled from their maxima to the set's. */
export function rescaleToSet(plan: SetPlan, sumScore: number, sumMax: number): number {
  const setMax = plan.set.maxPoints;
  return sumMax === 0 ? 0 : sumMax === setMax ? sumScore : (sumScore / sumMax) * setMax;
}
