/**
 * Sub-index points of every unit of a set in one typed array, and the total rebuilt from them with
 * the same arithmetic, in the same order, as `scoreSet`: the simulations and plans of this folder
 * re-score units thousands of times without building result objects, and still agree with the
 * published figures to the last bit.
 */
import { EXCLUDED_POINTS, MISSING_POINTS, subIndexPoints } from '../scoring/score-sub-index';
import type { SetPlan } from '../scoring/set-plan';
import type { UnitInput } from '../scoring/values-types';

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
  let sumScore = 0;
  let sumMax = 0;
  plan.indices.forEach((index, i) => {
    const isExcluded = index.max > 0 && attainable[i] === 0;
    if (isExcluded) return;
    sumScore += attainable[i] === 0 ? 0 : (earned[i]! / attainable[i]!) * index.max;
    sumMax += index.max;
  });
  const setMax = plan.set.maxPoints;
  return sumMax === 0 ? 0 : sumMax === setMax ? sumScore : (sumScore / sumMax) * setMax;
}
