/**
 * Strengths and weaknesses of a unit (issue 8, §1): the main indices and sub-indices where it stands
 * well above or below its group, by percentile rank within the group and by distance from the group
 * average in percent of the item's maximum. Yes/no items, items most of the group has at 0, and
 * items where the unit shares its value with most of the group are left out: their tied ranks would
 * fake a strength (everyone at the top) or a weakness (everyone at the bottom).
 */
import type { Framework } from '../framework/framework-types';
import type { SetResults, UnitResult } from '../scoring/values-types';
import { formatNumberVi } from './format-vietnamese-number';

/** Thresholds of `findStrengths`; every field optional. */
export interface StrengthOptions {
  /** Compare with the units of the same `group` only (default: the whole set, the ranking group). */
  withinGroup?: boolean;
  /** A strength needs at least this percentile rank (default 80). */
  strongPercentile?: number;
  /** A weakness needs at most this percentile rank (default 20). */
  weakPercentile?: number;
  /** And at least this distance from the group average, in points of percent of the maximum (default 10). */
  minGap?: number;
  /** Leave out items at 0 for at least this share of the group (default 0.6). */
  maxZeroShare?: number;
  /** Leave out items whose value the unit shares with at least this share of the group (default 0.5). */
  maxTieShare?: number;
  /** Leave out items fewer units than this can be compared on (default 5). */
  minGroupSize?: number;
}

/** One item where the unit stands out. Percents are of the item's maximum, 0–100. */
export interface StrengthItem {
  kind: 'index' | 'subIndex';
  code: string;
  name: string;
  /** The main index of a sub-index (its own code for a main index). */
  indexCode: string;
  direction: 'strength' | 'weakness';
  percent: number;
  groupAverage: number;
  /** percent − groupAverage, in percentage points. */
  gap: number;
  /** Share of the other units strictly below, ties counted half, 0–100. */
  percentile: number;
  /** Competition rank within the group on this item (1 = best). */
  rank: number;
  groupSize: number;
  /** Vietnamese, e.g. "Cao hơn trung bình nhóm 18,5 điểm phần trăm; xếp thứ 3/152 …". */
  explanation: string;
}

/** Why an item was not judged. */
export type SkipReason =
  'boolean' | 'no_points' | 'excluded' | 'small_group' | 'mostly_zero' | 'shared_value';

/** Strengths and weaknesses of one unit. */
export interface StrengthsReport {
  unit: string;
  name: string;
  /** Units compared with (including the unit). */
  groupSize: number;
  scope: 'set' | 'group';
  /** Largest gap first. */
  strengths: StrengthItem[];
  /** Largest gap (most negative) first. */
  weaknesses: StrengthItem[];
  skipped: { code: string; reason: SkipReason }[];
}

/**
 * Finds where `unitCode` stands well above or below its group in `results` (scored with
 * `framework`). Throws if the unit or the set is unknown.
 */
export function findStrengths(
  results: SetResults,
  unitCode: string,
  framework: Framework,
  options: StrengthOptions = {},
): StrengthsReport {
  const set = framework.sets.find((s) => s.id === results.set);
  if (!set) throw new Error(`Set ${results.set} is not in framework ${framework.id}.`);
  const me = results.units.find((u) => u.code === unitCode);
  if (!me) throw new Error(`Unit ${unitCode} is not in the results of set ${results.set}.`);
  const withinGroup = options.withinGroup === true && me.group !== undefined;
  const group = withinGroup ? results.units.filter((u) => u.group === me.group) : results.units;
  const settings = {
    strong: options.strongPercentile ?? 80,
    weak: options.weakPercentile ?? 20,
    minGap: options.minGap ?? 10,
    maxZeroShare: options.maxZeroShare ?? 0.6,
    maxTieShare: options.maxTieShare ?? 0.5,
    minGroupSize: options.minGroupSize ?? 5,
  };
  const report: StrengthsReport = {
    unit: me.code,
    name: me.name,
    groupSize: group.length,
    scope: withinGroup ? 'group' : 'set',
    strengths: [],
    weaknesses: [],
    skipped: [],
  };
  const judge = (item: Omit<Candidate, 'values'>, read: (u: UnitResult) => number | undefined) => {
    const mine = read(me);
    if (mine === undefined) return report.skipped.push({ code: item.code, reason: 'excluded' });
    const values: number[] = [];
    for (const u of group) {
      const v = read(u);
      if (v !== undefined) values.push(v);
    }
    const outcome = judgeItem({ ...item, values }, mine, settings);
    if ('reason' in outcome) report.skipped.push({ code: item.code, reason: outcome.reason });
    else if (outcome.direction === 'strength') report.strengths.push(outcome);
    else if (outcome.direction === 'weakness') report.weaknesses.push(outcome);
    return undefined;
  };
  for (const index of set.indices) {
    const base = { kind: 'index' as const, code: index.code, name: index.name, indexCode: index.code };
    if (index.maxPoints === 0) report.skipped.push({ code: index.code, reason: 'no_points' });
    else judge(base, (u) => percentOf(u.indices[index.code]));
    for (const sub of index.subIndices) {
      if (sub.method.type === 'boolean') report.skipped.push({ code: sub.code, reason: 'boolean' });
      else if (sub.maxPoints === 0) report.skipped.push({ code: sub.code, reason: 'no_points' });
      else {
        const item = { kind: 'subIndex' as const, code: sub.code, name: sub.name, indexCode: index.code };
        judge(item, (u) => {
          const r = u.subIndices[sub.code];
          return !r || r.status === 'excluded' || r.max === 0 ? undefined : (r.points / r.max) * 100;
        });
      }
    }
  }
  report.strengths.sort((a, b) => b.gap - a.gap);
  report.weaknesses.sort((a, b) => a.gap - b.gap);
  return report;
}

interface Candidate {
  kind: 'index' | 'subIndex';
  code: string;
  name: string;
  indexCode: string;
  /** Percents of every compared unit, the unit's own included. */
  values: number[];
}

interface Settings {
  strong: number;
  weak: number;
  minGap: number;
  maxZeroShare: number;
  maxTieShare: number;
  minGroupSize: number;
}

function percentOf(
  score: { score: number; max: number; excluded?: boolean } | undefined,
): number | undefined {
  if (!score || score.excluded || score.max === 0) return undefined;
  return (score.score / score.max) * 100;
}

/** Equality of percents computed from rounded points (no float noise across units). */
const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

function judgeItem(
  item: Candidate,
  mine: number,
  settings: Settings,
): (StrengthItem & { direction: 'strength' | 'weakness' }) | { direction: 'none' } | { reason: SkipReason } {
  const values = item.values;
  const n = values.length;
  if (n < settings.minGroupSize) return { reason: 'small_group' };
  let zeros = 0;
  let below = 0;
  let above = 0;
  let equal = 0;
  let sum = 0;
  for (const v of values) {
    sum += v;
    if (same(v, 0)) zeros++;
    if (same(v, mine)) equal++;
    else if (v < mine) below++;
    else above++;
  }
  if (zeros >= settings.maxZeroShare * n) return { reason: 'mostly_zero' };
  if (equal >= settings.maxTieShare * n) return { reason: 'shared_value' };
  const average = sum / n;
  const gap = mine - average;
  const percentile = ((below + 0.5 * (equal - 1)) / (n - 1)) * 100;
  const rank = above + 1;
  const direction =
    percentile >= settings.strong && gap >= settings.minGap
      ? 'strength'
      : percentile <= settings.weak && gap <= -settings.minGap
        ? 'weakness'
        : 'none';
  if (direction === 'none') return { direction };
  const what = direction === 'strength' ? 'Cao hơn' : 'Thấp hơn';
  const explanation =
    `${what} trung bình nhóm ${formatNumberVi(Math.abs(gap), 1)} điểm phần trăm; xếp thứ ${rank}/${n} ` +
    `(đạt ${formatNumberVi(mine, 1)}% điểm tối đa, trung bình nhóm ${formatNumberVi(average, 1)}%).`;
  return {
    kind: item.kind,
    code: item.code,
    name: item.name,
    indexCode: item.indexCode,
    direction,
    percent: mine,
    groupAverage: average,
    gap,
    percentile,
    rank,
    groupSize: n,
    explanation,
  };
}
