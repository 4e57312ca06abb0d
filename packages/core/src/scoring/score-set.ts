/**
 * Scoring a whole set: sub-index points, exclusion with rescaling, index, pillar and total scores,
 * percent, level and ranks, in the shape of scoring-io.md. Input is assumed valid: use
 * `scoreValues` to validate and score in one step.
 *
 * Built to score a nation's units in well under a second: sub-index points are kept in typed
 * arrays and the per-sub-index result objects are only materialised when `subIndices` is read.
 */
import type { Framework } from '../framework/framework-types';
import {
  findRelativeBest,
  indexScoreOf,
  isIndexExcluded,
  rescaleToSet,
  sumByIndex,
} from './aggregate-points';
import { classifyLevel } from './classify-level';
import { rankUnits } from './rank-units';
import { roundHalfAwayFromZero } from './round-decimal';
import { EXCLUDED_POINTS, MISSING_POINTS, subIndexPoints } from './score-sub-index';
import { planSet, type SetPlan } from './set-plan';
import type { ScoreOutOf, SetResults, SubIndexResult, UnitInput, UnitResult } from './values-types';

/** Scores and ranks the units of one set. Throws if the set does not exist. */
export function scoreSet(framework: Framework, setId: string, units: readonly UnitInput[]): SetResults {
  const plan = planSet(framework, setId);
  if (!plan) throw new Error(`Set ${setId} is not in framework ${framework.id}.`);
  const best = findRelativeBest(plan, units);
  const scored = units.map((unit) => scoreUnit(plan, unit, best));
  const groupRanks = rankWithinGroups(scored);
  return {
    framework: framework.id,
    provenance: framework.provenance,
    set: plan.set.id,
    maxPoints: plan.set.maxPoints,
    units: rankUnits(scored).map(({ unit, rank }) => buildResult(plan, unit, rank, groupRanks.get(unit))),
  };
}

/** A unit scored but not yet ranked. */
interface Scored {
  code: string;
  name: string;
  group: string | undefined;
  total: number;
  totalExact: number;
  percent: number;
  level: string;
  indices: Record<string, ScoreOutOf>;
  pillars: Record<string, ScoreOutOf>;
  /** Exact points per planned sub-index, or MISSING_POINTS / EXCLUDED_POINTS. */
  points: Float64Array;
}

function scoreUnit(plan: SetPlan, unit: UnitInput, best: Float64Array): Scored {
  const digits = plan.framework.rankPrecision;
  const subs = plan.subs;
  const points = new Float64Array(subs.length);
  for (let slot = 0; slot < subs.length; slot++) {
    const { sub } = subs[slot]!;
    points[slot] = subIndexPoints(sub, unit.values[sub.code], best[slot]!);
  }
  const { earned, attainable } = sumByIndex(plan, points);
  const exact = new Float64Array(plan.indices.length);
  const excluded: boolean[] = [];
  const indices: Record<string, ScoreOutOf> = {};
  let sumScore = 0;
  let sumMax = 0;
  plan.indices.forEach((index, i) => {
    const isExcluded = isIndexExcluded(index.max, attainable[i]!);
    excluded.push(isExcluded);
    const score = indexScoreOf(index.max, earned[i]!, attainable[i]!);
    exact[i] = score;
    indices[index.code] = isExcluded
      ? { score: 0, max: index.max, excluded: true }
      : { score: roundHalfAwayFromZero(score, digits), max: index.max };
    if (!isExcluded) {
      sumScore += score;
      sumMax += index.max;
    }
  });
  const setMax = plan.set.maxPoints;
  const totalExact = rescaleToSet(plan, sumScore, sumMax);
  const total = roundHalfAwayFromZero(totalExact, digits);
  const percent = roundHalfAwayFromZero((total / setMax) * 100, 2);
  return {
    code: unit.code,
    name: unit.name,
    group: unit.group,
    total,
    totalExact,
    percent,
    level: classifyLevel(plan.framework.levels, percent).code,
    indices,
    pillars: scorePillars(plan, exact, excluded, digits),
    points,
  };
}

function scorePillars(
  plan: SetPlan,
  exact: Float64Array,
  excluded: readonly boolean[],
  digits: number,
): Record<string, ScoreOutOf> {
  const pillars: Record<string, ScoreOutOf> = {};
  for (const pillar of plan.pillars) {
    let score = 0;
    let max = 0;
    let attainable = 0;
    plan.indices.forEach((index, i) => {
      if (!index.pillars.includes(pillar)) return;
      max += index.max;
      if (excluded[i]) return;
      score += exact[i]!;
      attainable += index.max;
    });
    const rescaled = attainable === 0 ? 0 : attainable === max ? score : (score / attainable) * max;
    pillars[pillar] =
      attainable === 0 && max > 0
        ? { score: 0, max, excluded: true }
        : { score: roundHalfAwayFromZero(rescaled, digits), max };
  }
  return pillars;
}

function rankWithinGroups(units: readonly Scored[]): Map<Scored, number> {
  const groups = new Map<string, Scored[]>();
  for (const unit of units) {
    if (unit.group === undefined) continue;
    const list = groups.get(unit.group);
    if (list) list.push(unit);
    else groups.set(unit.group, [unit]);
  }
  const ranks = new Map<Scored, number>();
  for (const list of groups.values()) {
    for (const { unit, rank } of rankUnits(list)) ranks.set(unit, rank);
  }
  return ranks;
}

/** The published result of a unit, fields in the order of scoring-io.md. */
function buildResult(plan: SetPlan, unit: Scored, rank: number, groupRank: number | undefined): UnitResult {
  const result = {
    code: unit.code,
    name: unit.name,
    ...(unit.group === undefined ? {} : { group: unit.group }),
    total: unit.total,
    totalExact: unit.totalExact,
    percent: unit.percent,
    level: unit.level,
    rank,
    ...(groupRank === undefined ? {} : { groupRank }),
    indices: unit.indices,
    pillars: unit.pillars,
  } as UnitResult;
  let subIndices: Record<string, SubIndexResult> | undefined;
  Object.defineProperty(result, 'subIndices', {
    enumerable: true,
    configurable: true,
    get: () => (subIndices ??= materializeSubIndices(plan, unit.points)),
    set: (value: Record<string, SubIndexResult>) => {
      subIndices = value;
    },
  });
  return result;
}

function materializeSubIndices(plan: SetPlan, points: Float64Array): Record<string, SubIndexResult> {
  const digits = plan.framework.rankPrecision;
  const out = { ...plan.subIndexTemplate } as unknown as Record<string, SubIndexResult>;
  plan.subs.forEach(({ sub }, slot) => {
    const p = points[slot]!;
    out[sub.code] =
      p === MISSING_POINTS
        ? { points: 0, max: sub.maxPoints, status: 'missing' }
        : p === EXCLUDED_POINTS
          ? { points: 0, max: sub.maxPoints, status: 'excluded' }
          : { points: roundHalfAwayFromZero(p, digits), max: sub.maxPoints, status: 'scored' };
  });
  return out;
}
