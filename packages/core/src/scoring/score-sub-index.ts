/**
 * Points of one sub-index from its values, by the ten scoring methods of framework-format.md.
 * Values are assumed valid (see validate-values.ts); points are clamped to [0, max].
 */
import type { SubIndex } from '../framework/framework-types';
import type { InputValue, SubIndexStatus } from './values-types';

/** Exact (unrounded) points of a sub-index and how it ended up. */
export interface SubIndexScore {
  points: number;
  status: SubIndexStatus;
}

/** Sentinel of `subIndexPoints`: no value submitted. */
export const MISSING_POINTS = -1;
/** Sentinel of `subIndexPoints`: excluded from the attainable maximum. */
export const EXCLUDED_POINTS = -2;

/**
 * Scores one sub-index. `best` is the highest value of a `relative` sub-index in the ranking
 * group (ignored by the other methods).
 */
export function scoreSubIndex(
  sub: SubIndex,
  values: Readonly<Record<string, InputValue>> | undefined,
  best = 0,
): SubIndexScore {
  const points = subIndexPoints(sub, values, best);
  if (points === MISSING_POINTS) return { points: 0, status: 'missing' };
  if (points === EXCLUDED_POINTS) return { points: 0, status: 'excluded' };
  return { points, status: 'scored' };
}

/**
 * The allocation-free form of `scoreSubIndex` used when scoring thousands of units: points in
 * [0, max], or MISSING_POINTS / EXCLUDED_POINTS.
 */
export function subIndexPoints(
  sub: SubIndex,
  values: Readonly<Record<string, InputValue>> | undefined,
  best: number,
): number {
  if (!values) return MISSING_POINTS;
  const max = sub.maxPoints;
  const method = sub.method;
  switch (method.type) {
    case 'boolean': {
      const v = values[method.input];
      return v === undefined || v === null ? MISSING_POINTS : v === true ? max : 0;
    }
    case 'ratio': {
      const a = values[method.numerator];
      const b = values[method.denominator];
      if (typeof a !== 'number' || typeof b !== 'number') return MISSING_POINTS;
      if (b === 0) {
        const rule = method.whenZeroDenominator ?? 'exclude';
        if (rule === 'exclude') return EXCLUDED_POINTS;
        return rule === 'full' ? max : 0;
      }
      return clamp(max * Math.min(1, a / b / (method.target ?? 1)), max);
    }
    case 'percent': {
      const p = values[method.input];
      if (typeof p !== 'number') return MISSING_POINTS;
      return clamp(max * Math.min(1, p / (method.target ?? 100)), max);
    }
    case 'steps': {
      const v = values[method.input];
      if (typeof v !== 'number') return MISSING_POINTS;
      for (const step of method.steps) if (step.atLeast <= v) return clamp(step.points, max);
      return 0;
    }
    case 'choice': {
      const v = values[method.input];
      if (v === undefined || v === null) return MISSING_POINTS;
      for (const option of method.options) if (option.value === v) return clamp(max * option.fraction, max);
      return 0;
    }
    case 'parts': {
      let any = false;
      let fraction = 0;
      for (const part of method.parts) {
        const v = values[part.input];
        if (v === undefined || v === null) continue;
        any = true;
        if (v === true) fraction += part.fraction;
      }
      return any ? clamp(max * fraction, max) : MISSING_POINTS;
    }
    case 'count': {
      const v = values[method.input];
      return typeof v === 'number' ? clamp(v * method.pointsEach, max) : MISSING_POINTS;
    }
    case 'relative': {
      const v = values[method.input];
      if (typeof v !== 'number') return MISSING_POINTS;
      return best > 0 ? clamp((max * v) / best, max) : 0;
    }
    case 'manual': {
      const v = values.points;
      return typeof v === 'number' ? clamp(v, max) : MISSING_POINTS;
    }
    case 'none':
      return hasAnyValue(values) ? 0 : MISSING_POINTS;
  }
}

function clamp(points: number, max: number): number {
  return points < 0 ? 0 : points > max ? max : points;
}

function hasAnyValue(values: Readonly<Record<string, InputValue>>): boolean {
  for (const key in values) if (values[key] !== undefined && values[key] !== null) return true;
  return false;
}
