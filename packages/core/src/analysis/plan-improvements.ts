/**
 * Path to the next level (issue 8, §4): the least effort of improvements — each lifts one sub-index,
 * at most to the most its method allows — that takes a unit's ROUNDED total strictly above the next
 * level's threshold (or a chosen level), or to a target rank. Once chosen, each improvement is raised
 * only as far as the target needs (a rate to the value needed, not 100 %: `partial-improvements.ts`)
 * when the unit's values are known. Exclusion rescaling is honoured: every
 * candidate plan is re-scored with the arithmetic of `scoreSet`, so a plan that reaches the target
 * on paper reaches it in the published figures. With integer efforts (the default is 1 per
 * sub-index) the choice is an exact 0/1 knapsack over effort; otherwise greedy by points per effort
 * with a final prune.
 */
import type { Framework, Level } from '../framework/framework-types';
import { classifyLevel } from '../scoring/classify-level';
import { roundHalfAwayFromZero } from '../scoring/round-decimal';
import { EXCLUDED_POINTS, MISSING_POINTS } from '../scoring/score-sub-index';
import { planSet, type SetPlan } from '../scoring/set-plan';
import type { InputValue, SetResults, UnitInput } from '../scoring/values-types';
import { formatNumberVi, formatSignedVi } from './format-vietnamese-number';
import { proposeBestValues } from './improvement-values';
import { shrinkImprovements } from './partial-improvements';
import { findRelativeBest } from '../scoring/aggregate-points';
import { buildPointsMatrix, totalFromPoints } from './points-matrix';
import { chooseExact, chooseGreedy, type Candidate } from './select-improvements';

/** What to aim for and what each improvement costs. Give `targetLevel` or `targetRank`, or neither (next level). */
export interface ImprovementOptions {
  /** Code of the level to reach (default: the level above the current one). */
  targetLevel?: string;
  /** Rank to reach (1 = first); strictly above the unit now at that rank unless `allowTie`. */
  targetRank?: number;
  allowTie?: boolean;
  /** Effort of improving each sub-index (default 1); must be > 0. */
  effort?: Readonly<Record<string, number>>;
}

/** One improvement: a sub-index raised as far as the target needs (at most the most its method allows). */
export interface ImprovementAction {
  subIndex: string;
  name: string;
  indexCode: string;
  /** `missing`: no value reported yet. */
  status: 'scored' | 'missing';
  from: number;
  to: number;
  /** to − from, sub-index points. */
  points: number;
  /** `to` is below the most the method allows: the target needs no more. */
  partial: boolean;
  /** Effect on the set total after rescaling (exact, unrounded). */
  totalGain: number;
  effort: number;
  /** Values that score `to` (the unit's values with the inputs that matter changed); absent from results alone. */
  values?: Record<string, InputValue>;
  /** Vietnamese, e.g. "Nâng chỉ số 2.3 'Tỉ lệ hồ sơ…' từ 4,5 lên 10 điểm (+5,5) …". */
  message: string;
}

/** Where a unit stands: rounded total, percent, level code, rank within the set. */
export interface Standing {
  total: number;
  percent: number;
  level: string;
  rank: number;
}

/** The target of a plan. */
export type ImprovementTarget =
  | { kind: 'level'; level: string; levelName: string; abovePercent: number | null; requiredTotal: number }
  | { kind: 'rank'; rank: number; allowTie: boolean; totalToBeat: number | null };

/** An improvement plan. */
export interface ImprovementPlan {
  unit: string;
  name: string;
  target: ImprovementTarget;
  current: Standing;
  /** The unit is already at the target: no action needed. */
  alreadyReached: boolean;
  /** Some set of improvements reaches the target. */
  reachable: boolean;
  /** Largest effect first. Empty when already reached or unreachable. */
  actions: ImprovementAction[];
  totalEffort: number;
  /** Standing after the actions (all improvements when unreachable), others unchanged. */
  projected: Standing;
  method: 'exact' | 'greedy';
  message: string;
}

/**
 * Plans the least-effort improvements for `unitCode`. `source` is the set's units (exact) or its
 * results (sub-index points as published, rounded: figures may differ in the last digit).
 */
export function planImprovements(
  framework: Framework,
  setId: string,
  source: SetResults | readonly UnitInput[],
  unitCode: string,
  options: ImprovementOptions = {},
): ImprovementPlan {
  const plan = planSet(framework, setId);
  if (!plan) throw new Error(`Set ${setId} is not in framework ${framework.id}.`);
  const state = readSource(plan, source, unitCode);
  const digits = framework.rankPrecision;
  const setMax = plan.set.maxPoints;
  const levels = framework.levels;
  const standing = (exact: number): Standing => {
    const total = roundHalfAwayFromZero(exact, digits);
    const percent = roundHalfAwayFromZero((total / setMax) * 100, 2);
    let rank = 1;
    for (const other of state.others) if (other > total) rank++;
    return { total, percent, level: classifyLevel(levels, percent).code, rank };
  };
  const { target, reaches } = chooseTarget(framework, setMax, state, standing, options);
  const current = standing(state.exact);
  const base = { unit: state.code, name: state.name, target, current };
  if (reaches(state.exact)) {
    return {
      ...base,
      alreadyReached: true,
      reachable: true,
      actions: [],
      totalEffort: 0,
      projected: current,
      method: 'exact',
      message: `Đơn vị đã đạt mục tiêu (${describeTarget(target)}).`,
    };
  }
  const candidates = findCandidates(plan, state, options.effort ?? {});
  const rescore = (chosen: readonly Candidate[]) => {
    const row = Float64Array.from(state.row);
    for (const c of chosen) row[c.slot] = c.to;
    return state.exact + (totalFromPoints(plan, row) - state.baseline);
  };
  const integral = candidates.every((c) => Number.isInteger(c.effort));
  const totalEffortAll = candidates.reduce((s, c) => s + c.effort, 0);
  const method = integral && totalEffortAll <= 100_000 ? 'exact' : 'greedy';
  const selected =
    method === 'exact'
      ? chooseExact(candidates, state.exact, reaches, rescore)
      : chooseGreedy(candidates, reaches, rescore);
  const chosen =
    selected && !state.fromResults
      ? shrinkImprovements(
          selected,
          {
            subOf: (slot) => plan.subs[slot]!.sub,
            currentOf: (slot) => state.values[plan.subs[slot]!.sub.code],
            bestOf: (slot) => state.best[slot]!,
            gainOf: (slot, points) => {
              const row = Float64Array.from(state.row);
              row[slot] = points;
              return totalFromPoints(plan, row) - state.baseline;
            },
          },
          (list) => reaches(rescore(list)),
        )
      : selected;
  if (!chosen) {
    const projected = standing(rescore(candidates));
    return {
      ...base,
      alreadyReached: false,
      reachable: false,
      actions: [],
      totalEffort: 0,
      projected,
      method,
      message: `Không thể đạt mục tiêu (${describeTarget(target)}) dù nâng mọi chỉ số thành phần lên mức tối đa: tổng điểm cao nhất có thể là ${formatNumberVi(projected.total)}.`,
    };
  }
  const actions = chosen
    .map((c) => describeAction(plan, state, c, digits))
    .sort((a, b) => b.totalGain - a.totalGain || a.subIndex.localeCompare(b.subIndex));
  const projected = standing(rescore(chosen));
  const totalEffort = chosen.reduce((s, c) => s + c.effort, 0);
  return {
    ...base,
    alreadyReached: false,
    reachable: true,
    actions,
    totalEffort,
    projected,
    method,
    message:
      `Để đạt mục tiêu (${describeTarget(target)}): ${actions.length} cải thiện, tổng công sức ${formatNumberVi(totalEffort)}; ` +
      `tổng điểm dự kiến ${formatNumberVi(projected.total)} (${formatNumberVi(projected.percent)}%), hạng ${projected.rank}.`,
  };
}

interface SourceState {
  code: string;
  name: string;
  /** The unit's points per plan slot (with MISSING/EXCLUDED sentinels). */
  row: Float64Array;
  /** The unit's values per sub-index (empty from results). */
  values: Record<string, Record<string, InputValue>>;
  fromResults: boolean;
  best: Float64Array;
  /** The unit's exact total, and the total recomputed from `row` (equal from units). */
  exact: number;
  baseline: number;
  /** Rounded totals of the other units. */
  others: number[];
}

function readSource(plan: SetPlan, source: SetResults | readonly UnitInput[], unitCode: string): SourceState {
  const digits = plan.framework.rankPrecision;
  const S = plan.subs.length;
  if (Array.isArray(source)) {
    const units = source as readonly UnitInput[];
    const u = units.findIndex((x) => x.code === unitCode);
    if (u < 0) throw new Error(`Unit ${unitCode} is not in set ${plan.set.id}.`);
    const matrix = buildPointsMatrix(plan, units);
    const others: number[] = [];
    units.forEach((_, i) => {
      if (i !== u) others.push(roundHalfAwayFromZero(totalFromPoints(plan, matrix, i * S), digits));
    });
    const row = matrix.slice(u * S, u * S + S);
    const exact = totalFromPoints(plan, row);
    const unit = units[u]!;
    return {
      code: unit.code,
      name: unit.name,
      row,
      values: unit.values,
      fromResults: false,
      best: findRelativeBest(plan, units),
      exact,
      baseline: exact,
      others,
    };
  }
  const results = source as SetResults;
  const me = results.units.find((x) => x.code === unitCode);
  if (!me) throw new Error(`Unit ${unitCode} is not in the results of set ${results.set}.`);
  const row = Float64Array.from(plan.subs, ({ sub }) => {
    const r = me.subIndices[sub.code];
    return !r || r.status === 'missing'
      ? MISSING_POINTS
      : r.status === 'excluded'
        ? EXCLUDED_POINTS
        : r.points;
  });
  const others = results.units.filter((x) => x !== me).map((x) => x.total);
  return {
    code: me.code,
    name: me.name,
    row,
    values: {},
    fromResults: true,
    best: new Float64Array(S),
    exact: me.totalExact,
    baseline: totalFromPoints(plan, row),
    others,
  };
}

function chooseTarget(
  framework: Framework,
  setMax: number,
  state: SourceState,
  standing: (exact: number) => Standing,
  options: ImprovementOptions,
): { target: ImprovementTarget; reaches: (exact: number) => boolean } {
  const digits = framework.rankPrecision;
  if (options.targetRank !== undefined) {
    const k = options.targetRank;
    if (!Number.isInteger(k) || k < 1) throw new RangeError('targetRank must be an integer ≥ 1');
    const toBeat = [...state.others].sort((a, b) => b - a)[k - 1] ?? null;
    const allowTie = options.allowTie === true;
    const reaches = (exact: number) => {
      if (toBeat === null) return true;
      const total = roundHalfAwayFromZero(exact, digits);
      return allowTie ? total >= toBeat : total > toBeat;
    };
    return { target: { kind: 'rank', rank: k, allowTie, totalToBeat: toBeat }, reaches };
  }
  const levels = framework.levels;
  const levelOf = (exact: number) => levels.indexOf(classifyLevel(levels, standing(exact).percent));
  let goal: number;
  if (options.targetLevel !== undefined) {
    goal = levels.findIndex((l) => l.code === options.targetLevel);
    if (goal < 0) throw new Error(`Level ${options.targetLevel} is not in framework ${framework.id}.`);
  } else {
    goal = Math.max(0, levelOf(state.exact) - 1);
  }
  const level = levels[goal]!;
  const reaches = (exact: number) => levelOf(exact) <= goal;
  return {
    target: {
      kind: 'level',
      level: level.code,
      levelName: level.name,
      abovePercent: level.abovePercent,
      requiredTotal: findRequiredTotal(level, setMax, digits, reaches),
    },
    reaches,
  };
}

/** The smallest rounded total that reaches `level` (strictly above its threshold, as published). */
function findRequiredTotal(
  level: Level,
  setMax: number,
  digits: number,
  reaches: (t: number) => boolean,
): number {
  if (level.abovePercent === null) return 0;
  const step = 10 ** -digits;
  let total = roundHalfAwayFromZero(Math.floor(((level.abovePercent / 100) * setMax) / step) * step, digits);
  for (let i = 0; i < 10_000 && !reaches(total); i++) total = roundHalfAwayFromZero(total + step, digits);
  return total;
}

function findCandidates(
  plan: SetPlan,
  state: SourceState,
  effort: Readonly<Record<string, number>>,
): Candidate[] {
  const out: Candidate[] = [];
  const row = Float64Array.from(state.row);
  const before = totalFromPoints(plan, row);
  plan.subs.forEach(({ sub }, slot) => {
    const now = state.row[slot]!;
    if (now === EXCLUDED_POINTS) return;
    const proposal = proposeBestValues(sub, state.values[sub.code], state.best[slot]!);
    const from = now === MISSING_POINTS ? 0 : now;
    if (proposal.values === undefined || proposal.points <= from) return;
    const e = effort[sub.code] ?? 1;
    if (!(e > 0) || !Number.isFinite(e))
      throw new RangeError(`effort of ${sub.code} must be a finite number > 0`);
    row[slot] = proposal.points;
    const gain = totalFromPoints(plan, row) - before;
    row[slot] = now;
    out.push({
      slot,
      to: proposal.points,
      gain,
      effort: e,
      values: state.fromResults ? undefined : proposal.values,
    });
  });
  return out;
}

function describeAction(plan: SetPlan, state: SourceState, c: Candidate, digits: number): ImprovementAction {
  const { sub, indexSlot } = plan.subs[c.slot]!;
  const now = state.row[c.slot]!;
  const missing = now === MISSING_POINTS;
  const from = roundHalfAwayFromZero(missing ? 0 : now, digits);
  const to = roundHalfAwayFromZero(c.to, digits);
  const points = roundHalfAwayFromZero(to - from, digits);
  const verb = missing ? 'Báo cáo số liệu và nâng' : 'Nâng';
  // Partial as shown: a raise whose points round to the maximum is not called partial.
  const partial = c.partial === true && to < roundHalfAwayFromZero(sub.maxPoints, digits);
  const enough = partial ? `, vừa đủ cho mục tiêu, chưa cần tối đa ${formatNumberVi(sub.maxPoints)}` : '';
  const message =
    `${verb} chỉ số ${sub.code} '${sub.name}' từ ${formatNumberVi(from)} lên ${formatNumberVi(to)} điểm ` +
    `(${formatSignedVi(points)}${enough}); tổng điểm ${formatSignedVi(c.gain)}.`;
  return {
    subIndex: sub.code,
    name: sub.name,
    indexCode: plan.indices[indexSlot]!.code,
    status: missing ? 'missing' : 'scored',
    from,
    to,
    points,
    partial,
    totalGain: c.gain,
    effort: c.effort,
    ...(c.values === undefined ? {} : { values: c.values }),
    message,
  };
}

function describeTarget(target: ImprovementTarget): string {
  if (target.kind === 'rank') {
    return target.totalToBeat === null
      ? `hạng ${target.rank}`
      : `hạng ${target.rank}: tổng điểm ${target.allowTie ? 'từ' : 'trên'} ${formatNumberVi(target.totalToBeat)}`;
  }
  return target.abovePercent === null
    ? `mức ${target.levelName}`
    : `mức ${target.levelName}: trên ${formatNumberVi(target.abovePercent)}%, tổng điểm từ ${formatNumberVi(target.requiredTotal)}`;
}
