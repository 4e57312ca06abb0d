/**
 * Scoring a whole set: sub-index points, exclusion with rescaling, index, pillar and total scores,
 * percent, level and ranks, in the shape of scoring-io.md. Input is assumed valid: use
 * `scoreValues` to validate and score in one step.
 */
import type { Framework } from '../framework/framework-types';
import { classifyLevel } from './classify-level';
import { rankUnits } from './rank-units';
import { roundHalfAwayFromZero } from './round-decimal';
import { scoreSubIndex } from './score-sub-index';
import { planSet, type SetPlan } from './set-plan';
import type { ScoreOutOf, SetResults, SubIndexResult, UnitInput, UnitResult } from './values-types';

/** Scores and ranks the units of one set. Throws if the set does not exist. */
export function scoreSet(framework: Framework, setId: string, units: readonly UnitInput[]): SetResults {
  const plan = planSet(framework, setId);
  if (!plan) throw new Error(`Set ${setId} is not in framework ${framework.id}.`);
  const best = findRelativeBest(plan, units);
  const scored = units.map((unit) => scoreUnit(plan, unit, best));
  const ranked = rankUnits(scored);
  const groupRanks = rankWithinGroups(scored);
  return {
    framework: framework.id,
    provenance: framework.provenance,
    set: plan.set.id,
    maxPoints: plan.set.maxPoints,
    units: ranked.map(({ unit, rank }) => withRanks(unit, rank, groupRanks.get(unit))),
  };
}

type Unranked = Omit<UnitResult, 'rank' | 'groupRank'>;

/** Puts the ranks right after the level, in the field order of scoring-io.md. */
function withRanks(unit: Unranked, rank: number, groupRank: number | undefined): UnitResult {
  const { indices, pillars, subIndices, ...head } = unit;
  return {
    ...head,
    rank,
    ...(groupRank === undefined ? {} : { groupRank }),
    indices,
    pillars,
    subIndices,
  };
}

/** Highest value of each `relative` sub-index over the units (the ranking group). */
function findRelativeBest(plan: SetPlan, units: readonly UnitInput[]): Map<string, number> {
  const best = new Map<string, number>();
  for (const { sub } of plan.subs) {
    if (sub.method.type !== 'relative') continue;
    const key = sub.method.input;
    let high = 0;
    for (const unit of units) {
      const v = unit.values[sub.code]?.[key];
      if (typeof v === 'number' && v > high) high = v;
    }
    best.set(sub.code, high);
  }
  return best;
}

function scoreUnit(plan: SetPlan, unit: UnitInput, best: ReadonlyMap<string, number>): Unranked {
  const digits = plan.framework.rankPrecision;
  const n = plan.indices.length;
  const earned = new Float64Array(n);
  const attainable = new Float64Array(n);
  const subIndices: Record<string, SubIndexResult> = {};
  for (const { sub, indexSlot } of plan.subs) {
    const { points, status } = scoreSubIndex(sub, unit.values[sub.code], best.get(sub.code));
    subIndices[sub.code] = { points: roundHalfAwayFromZero(points, digits), max: sub.maxPoints, status };
    if (status !== 'excluded') {
      earned[indexSlot]! += points;
      attainable[indexSlot]! += sub.maxPoints;
    }
  }
  const exact = new Float64Array(n);
  const excluded: boolean[] = [];
  const indices: Record<string, ScoreOutOf> = {};
  let sumScore = 0;
  let sumMax = 0;
  plan.indices.forEach((index, i) => {
    const isExcluded = index.max > 0 && attainable[i] === 0;
    excluded.push(isExcluded);
    const score = isExcluded || attainable[i] === 0 ? 0 : (earned[i]! / attainable[i]!) * index.max;
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
  const totalExact = sumMax === 0 ? 0 : sumMax === setMax ? sumScore : (sumScore / sumMax) * setMax;
  const total = roundHalfAwayFromZero(totalExact, digits);
  const percent = roundHalfAwayFromZero((total / setMax) * 100, 2);
  const result: Unranked = {
    code: unit.code,
    name: unit.name,
    total,
    totalExact,
    percent,
    level: classifyLevel(plan.framework.levels, percent).code,
    indices,
    pillars: scorePillars(plan, exact, excluded, digits),
    subIndices,
  };
  if (unit.group !== undefined) result.group = unit.group;
  return result;
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

function rankWithinGroups(units: readonly Unranked[]): Map<Unranked, number> {
  const groups = new Map<string, Unranked[]>();
  for (const unit of units) {
    if (unit.group === undefined) continue;
    const list = groups.get(unit.group);
    if (list) list.push(unit);
    else groups.set(unit.group, [unit]);
  }
  const ranks = new Map<Unranked, number>();
  for (const list of groups.values()) {
    for (const { unit, rank } of rankUnits(list)) ranks.set(unit, rank);
  }
  return ranks;
}
