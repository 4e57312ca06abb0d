/**
 * The values that take a sub-index as high as valid input can take it, by scoring method: what a
 * unit would have to report to earn the points an improvement plan asks of it.
 */
import type { SubIndex } from '../framework/framework-types';
import { EXCLUDED_POINTS, MISSING_POINTS, subIndexPoints } from '../scoring/score-sub-index';
import type { InputValue } from '../scoring/values-types';

/** Values reaching the highest points of `sub`, and those points. */
export interface BestValues {
  /** The unit's values with the inputs that matter changed; `undefined` when nothing can be raised. */
  values: Record<string, InputValue> | undefined;
  /** Points these values score (the sub-index maximum unless the method caps it lower). */
  points: number;
}

/**
 * Proposes values for `sub` that score the most valid input allows, keeping the unit's other inputs
 * (a ratio keeps its denominator). `best` is the group's highest value of a `relative` sub-index.
 * Returns `values: undefined` for excluded, `none` and zero-point sub-indices.
 */
export function proposeBestValues(
  sub: SubIndex,
  current: Readonly<Record<string, InputValue>> | undefined,
  best: number,
): BestValues {
  const none: BestValues = { values: undefined, points: 0 };
  if (sub.maxPoints === 0) return none;
  const now = subIndexPoints(sub, current, best);
  if (now === EXCLUDED_POINTS) return none;
  const values: Record<string, InputValue> = { ...current };
  const method = sub.method;
  let bestAfter = best;
  switch (method.type) {
    case 'boolean':
      values[method.input] = true;
      break;
    case 'ratio': {
      const b0 = current?.[method.denominator];
      const b = typeof b0 === 'number' && b0 > 0 ? b0 : 1;
      const target = method.target ?? 1;
      let a = target > 1 && method.allowAboveOne ? Math.ceil(target * b) : b;
      if (target > 1 && method.allowAboveOne && a / b / target < 1) a += 1;
      values[method.numerator] = a;
      values[method.denominator] = b;
      break;
    }
    case 'percent':
      values[method.input] = Math.min(100, method.target ?? 100);
      break;
    case 'steps': {
      let top = method.steps[0];
      for (const step of method.steps) {
        if (
          top === undefined ||
          step.points > top.points ||
          (step.points === top.points && step.atLeast < top.atLeast)
        )
          top = step;
      }
      if (top === undefined) return none;
      values[method.input] = top.atLeast;
      break;
    }
    case 'choice': {
      let top = method.options[0];
      for (const option of method.options)
        if (top === undefined || option.fraction > top.fraction) top = option;
      if (top === undefined) return none;
      values[method.input] = top.value;
      break;
    }
    case 'parts':
      for (const part of method.parts) values[part.input] = true;
      break;
    case 'count': {
      if (method.pointsEach <= 0) return none;
      let n = Math.ceil(sub.maxPoints / method.pointsEach);
      if (n * method.pointsEach < sub.maxPoints) n += 1;
      values[method.input] = n;
      break;
    }
    case 'relative': {
      const v = best > 0 ? best : 1;
      values[method.input] = v;
      bestAfter = Math.max(best, v);
      break;
    }
    case 'manual':
      values.points = sub.maxPoints;
      break;
    case 'none':
      return none;
  }
  const points = subIndexPoints(sub, values, bestAfter);
  return points === MISSING_POINTS || points === EXCLUDED_POINTS ? none : { values, points };
}
