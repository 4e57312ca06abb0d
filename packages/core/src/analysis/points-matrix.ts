/**
 * Sub-index points of every unit of a set in one typed array, and the total rebuilt from them with
 * the same arithmetic, in the same order, as `scoreSet`: the simulations and plans of this folder
 * re-score units thousands of times without building result objects, and still agree with the
 * published figures to the last bit.
 */
import {
  findRelativeBest,
  indexScoreOf,
  isIndexExcluded,
  rescaleToSet,
  sumByIndex,
} from '../scoring/aggregate-points';
import { subIndexPoints } from '../scoring/score-sub-index';
import type { SetPlan } from '../scoring/set-plan';
import type { UnitInput } from '../scoring/values-types';

/**
 * Exact points of every unit (row) and planned sub-index (column), unit-major: entry
 * `u * subs + slot`. Holds MISSING_POINTS / EXCLUDED_POINTS sentinels as `subIndexPoints` returns them.
 */
export function buildPointsMatrix(plan: SetPlan, units: readonly UnitInput[]): Float64Array {
  const best = findRelativeBest(plan, units);
  const subs = plan.subs;
  const out = new Float64Array(units.length * subs.length);
  units.forEach((unit, u) => {
    const row = u * subs.length;
    for (let slot = 0; slot < subs.length; slot++) {
      const sub = subs[slot]!.sub;
      out[row + slot] = subIndexPoints(sub, unit.values[sub.code], best[slot]!);
    }
  });
  return out;
}

/**
 * The exact (unrounded) total of one unit from its row of points, as `scoreSet` computes it:
 * missing counts 0, excluded leaves the attainable maximum, indices rescaled, then the set.
 */
export function totalFromPoints(plan: SetPlan, points: ArrayLike<number>, offset = 0): number {
  const { earned, attainable } = sumByIndex(plan, points, offset);
  let sumScore = 0;
  let sumMax = 0;
  plan.indices.forEach((index, i) => {
    if (isIndexExcluded(index.max, attainable[i]!)) return;
    sumScore += indexScoreOf(index.max, earned[i]!, attainable[i]!);
    sumMax += index.max;
  });
  return rescaleToSet(plan, sumScore, sumMax);
}
