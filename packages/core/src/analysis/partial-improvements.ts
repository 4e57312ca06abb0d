/**
 * Partial improvements (for `planImprovements`): once the sub-indices to improve are chosen, each
 * is raised only as far as the target needs — a rate to the value needed rather than 100 %, a count
 * to the number needed, the lowest step or option that is enough — when that is less than the most
 * its method allows. The effort of an improvement is per sub-index, so the choice of sub-indices
 * stays the least effort; only how far each goes shrinks. Deterministic: the smallest gains are
 * shrunk first, each to the least value that still reaches the target with the others as they are.
 */
import type { SubIndex } from '../framework/framework-types';
import { roundHalfAwayFromZero } from '../scoring/round-decimal';
import { EXCLUDED_POINTS, MISSING_POINTS, subIndexPoints } from '../scoring/score-sub-index';
import type { InputValue } from '../scoring/values-types';
import type { Candidate } from './select-improvements';

type Values = Record<string, InputValue>;

/** A raise of one sub-index: its values and the points they score. */
interface Raise {
  values: Values;
  points: number;
}

/** Most parts a `parts` sub-index may have for its subsets to be tried. */
const MAX_PARTS = 10;

/**
 * The least raise of `sub` from `current` whose points pass `ok` (monotone in points), below the
 * full raise `full`; undefined when only the full raise passes or the method has no partial raise.
 */
export function findLeastRaise(
  sub: SubIndex,
  current: Readonly<Values> | undefined,
  full: Raise,
  best: number,
  ok: (points: number) => boolean,
): Raise | undefined {
  const score = (values: Values): Raise | undefined => {
    const points = subIndexPoints(sub, values, best);
    return points === MISSING_POINTS || points === EXCLUDED_POINTS ? undefined : { values, points };
  };
  const firstPassing = (raises: readonly Raise[]) =>
    raises.find((r) => r.points < full.points && ok(r.points));
  const method = sub.method;
  switch (method.type) {
    case 'ratio':
      return searchNumber(sub, method.numerator, current, full, score, ok);
    case 'percent':
    case 'count':
      return searchNumber(sub, method.input, current, full, score, ok);
    case 'relative':
      return best > 0 ? searchNumber(sub, method.input, current, full, score, ok) : undefined;
    case 'manual':
      return searchNumber(sub, 'points', current, full, score, ok);
    case 'steps': {
      const now = numberOf(current?.[method.input]);
      const top = numberOf(full.values[method.input]);
      const levels = [...new Set(method.steps.map((s) => s.atLeast))]
        .filter((v) => v > now && v < top)
        .sort((a, b) => a - b);
      return firstPassing(levels.flatMap((v) => score({ ...full.values, [method.input]: v }) ?? []));
    }
    case 'choice': {
      const options = [...method.options].sort((a, b) => a.fraction - b.fraction);
      return firstPassing(options.flatMap((o) => score({ ...full.values, [method.input]: o.value }) ?? []));
    }
    case 'parts': {
      const open = method.parts.filter((p) => current?.[p.input] !== true);
      if (open.length === 0 || open.length > MAX_PARTS) return undefined;
      const raises: { raise: Raise; count: number; mask: number }[] = [];
      for (let mask = 1; mask < 1 << open.length; mask++) {
        const values: Values = { ...current };
        let count = 0;
        open.forEach((p, i) => {
          if (mask & (1 << i)) {
            values[p.input] = true;
            count++;
          } else if (values[p.input] === undefined || values[p.input] === null) values[p.input] = false;
        });
        const raise = score(values);
        if (raise) raises.push({ raise, count, mask });
      }
      raises.sort((a, b) => a.raise.points - b.raise.points || a.count - b.count || a.mask - b.mask);
      return firstPassing(raises.map((r) => r.raise));
    }
    case 'boolean':
    case 'none':
      return undefined;
  }
}

/**
 * Binary search over the values of one numeric input between the unit's value and the full raise's,
 * on a grid of 1 for integer inputs and 0,01 otherwise.
 */
function searchNumber(
  sub: SubIndex,
  key: string,
  current: Readonly<Values> | undefined,
  full: Raise,
  score: (values: Values) => Raise | undefined,
  ok: (points: number) => boolean,
): Raise | undefined {
  const top = numberOf(full.values[key]);
  const now = numberOf(current?.[key]);
  const integer = sub.method.type === 'count' || sub.inputs.find((i) => i.key === key)?.type === 'integer';
  const digits = integer ? 0 : 2;
  const step = 10 ** -digits;
  const at = (n: number) => score({ ...full.values, [key]: roundHalfAwayFromZero(n * step, digits) });
  let lo = Math.floor(now / step + 1e-9) + 1;
  let hi = Math.ceil(top / step - 1e-9) - 1;
  if (lo > hi) return undefined;
  const passes = (n: number) => {
    const r = at(n);
    return r !== undefined && r.points < full.points && ok(r.points);
  };
  if (!passes(hi)) return undefined;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (passes(mid)) hi = mid;
    else lo = mid + 1;
  }
  return at(lo);
}

function numberOf(v: InputValue | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}

/**
 * Shrinks each chosen improvement to its least raise that still reaches the target (smallest gain
 * first). `subOf(slot)`, `currentOf(slot)`, `bestOf(slot)` describe the unit's sub-indices; `gainOf`
 * gives the exact effect on the total of one slot at given points; `reachesWith` re-scores a choice.
 */
export function shrinkImprovements(
  chosen: readonly Candidate[],
  unit: {
    subOf: (slot: number) => SubIndex;
    currentOf: (slot: number) => Readonly<Values> | undefined;
    bestOf: (slot: number) => number;
    gainOf: (slot: number, points: number) => number;
  },
  reachesWith: (chosen: readonly Candidate[]) => boolean,
): Candidate[] {
  const out = [...chosen];
  const order = [...chosen].sort((a, b) => a.gain - b.gain || a.slot - b.slot);
  for (const c of order) {
    if (c.values === undefined) continue;
    const i = out.findIndex((x) => x.slot === c.slot);
    const attempt = (points: number) => {
      const trial = [...out];
      trial[i] = { ...c, to: points };
      return reachesWith(trial);
    };
    const least = findLeastRaise(
      unit.subOf(c.slot),
      unit.currentOf(c.slot),
      { values: c.values, points: c.to },
      unit.bestOf(c.slot),
      attempt,
    );
    if (!least) continue;
    out[i] = {
      ...c,
      to: least.points,
      values: least.values,
      gain: unit.gainOf(c.slot, least.points),
      partial: true,
    };
  }
  return out;
}
