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

const MISSING: SubIndexScore = { points: 0, status: 'missing' };
const EXCLUDED: SubIndexScore = { points: 0, status: 'excluded' };

/**
 * Scores one sub-index. `best` is the highest value of a `relative` sub-index in the ranking
 * group (ignored by the other methods).
 */
export function scoreSubIndex(
  sub: SubIndex,
  values: Readonly<Record<string, InputValue>> | undefined,
  best = 0,
): SubIndexScore {
  if (!values) return MISSING;
  const max = sub.maxPoints;
  const method = sub.method;
  switch (method.type) {
    case 'boolean': {
      const v = values[method.input];
      return v === undefined || v === null ? MISSING : scored(v === true ? max : 0, max);
    }
    case 'ratio': {
      const a = values[method.numerator];
      const b = values[method.denominator];
      if (typeof a !== 'number' || typeof b !== 'number') return MISSING;
      if (b === 0) {
        const rule = method.whenZeroDenominator ?? 'exclude';
        if (rule === 'exclude') return EXCLUDED;
        return scored(rule === 'full' ? max : 0, max);
      }
      return scored(max * Math.min(1, a / b / (method.target ?? 1)), max);
    }
    case 'percent': {
      const p = values[method.input];
      if (typeof p !== 'number') return MISSING;
      return scored(max * Math.min(1, p / (method.target ?? 100)), max);
    }
    case 'steps': {
      const v = values[method.input];
      if (typeof v !== 'number') return MISSING;
      const step = method.steps.find((s) => s.atLeast <= v);
      return scored(step ? step.points : 0, max);
    }
    case 'choice': {
      const v = values[method.input];
      if (v === undefined || v === null) return MISSING;
      const option = method.options.find((o) => o.value === v);
      return scored(option ? max * option.fraction : 0, max);
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
      return any ? scored(max * fraction, max) : MISSING;
    }
    case 'count': {
      const v = values[method.input];
      return typeof v === 'number' ? scored(v * method.pointsEach, max) : MISSING;
    }
    case 'relative': {
      const v = values[method.input];
      if (typeof v !== 'number') return MISSING;
      return scored(best > 0 ? (max * v) / best : 0, max);
    }
    case 'manual': {
      const v = values.points;
      return typeof v === 'number' ? scored(v, max) : MISSING;
    }
    case 'none':
      return hasAnyValue(values) ? { points: 0, status: 'scored' } : MISSING;
  }
}

function scored(points: number, max: number): SubIndexScore {
  return { points: points < 0 ? 0 : points > max ? max : points, status: 'scored' };
}

function hasAnyValue(values: Readonly<Record<string, InputValue>>): boolean {
  for (const key in values) if (values[key] !== undefined && values[key] !== null) return true;
  return false;
}
