/**
 * Anomaly flags for the DTI council (issue 8, §5): values far from their peers (robust z-score on
 * each numeric input and each sub-index percent, |z| > 3.5), large jumps from last year, rates at
 * 100 % where that is rare or the item is tagged hard, the same non-trivial values on many units,
 * evidence shared between units or dated outside the data window. Every flag says why, with the
 * numbers, in Vietnamese. Flags are prompts to look, never verdicts.
 */
import type { Framework, SubIndex } from '../framework/framework-types';
import { EXCLUDED_POINTS, MISSING_POINTS, subIndexPoints } from '../scoring/score-sub-index';
import { scoreSet } from '../scoring/score-set';
import { planSet } from '../scoring/set-plan';
import type { InputValue, SetResults, UnitInput } from '../scoring/values-types';
import { compareFlags, type AnomalyFlag } from './anomaly-flag';
import { flagEvidence, type DataWindow, type EvidenceRecord } from './flag-evidence';
import { formatNumberVi, formatSignedVi } from './format-vietnamese-number';
import { findRelativeBest } from '../scoring/aggregate-points';
import { medianAbsoluteDeviation, robustZ } from './robust-statistics';

/** Thresholds of `flagAnomalies`; every field optional. */
export interface AnomalyOptions {
  /** |robust z| above this is an outlier (default 3.5). */
  zThreshold?: number;
  /** Fewest units a statistic is computed over (default 5). */
  minPeers?: number;
  /** A sub-index percent change from last year of at least this many points is a jump (default 50). */
  jumpPoints?: number;
  /** A total percent change from last year of at least this many points is a jump (default 25). */
  totalJumpPoints?: number;
  /** A numeric input growing or shrinking by at least this factor is a jump (default 3)… */
  jumpFactor?: number;
  /** …and by at least this much in absolute value (default 10). */
  jumpMinDifference?: number;
  /** A ratio at 100 % is implausible when at most this share of the units reach it (default 0.1). */
  rareFullShare?: number;
  /** Tags of sub-indices where 100 % is implausible (default `KHO`, `HARD`). */
  hardTags?: readonly string[];
  /** The same values on at least this many units are flagged (default 5). */
  identicalMinUnits?: number;
}

/** What `flagAnomalies` looks at. */
export interface AnomalyInput {
  framework: Framework;
  setId: string;
  units: readonly UnitInput[];
  /** Last year's values of the same units (by code), for jumps in numeric inputs. */
  previousUnits?: readonly UnitInput[];
  /** Last year's results, for jumps in sub-index and total percents (sub-indices matched by code). */
  previousResults?: SetResults;
  evidence?: readonly EvidenceRecord[];
  /** The data window evidence must be dated in (ISO dates). */
  window?: DataWindow;
  options?: AnomalyOptions;
}

/** Raises every anomaly flag on a set's values; ordered by unit, severity, sub-index. */
export function flagAnomalies(input: AnomalyInput): AnomalyFlag[] {
  const plan = planSet(input.framework, input.setId);
  if (!plan) throw new Error(`Set ${input.setId} is not in framework ${input.framework.id}.`);
  const o = {
    z: input.options?.zThreshold ?? 3.5,
    minPeers: input.options?.minPeers ?? 5,
    jumpPoints: input.options?.jumpPoints ?? 50,
    totalJumpPoints: input.options?.totalJumpPoints ?? 25,
    jumpFactor: input.options?.jumpFactor ?? 3,
    jumpMinDifference: input.options?.jumpMinDifference ?? 10,
    rareFullShare: input.options?.rareFullShare ?? 0.1,
    hardTags: input.options?.hardTags ?? ['KHO', 'HARD'],
    identicalMinUnits: input.options?.identicalMinUnits ?? 5,
  };
  const units = input.units;
  const flags: AnomalyFlag[] = [];
  const best = findRelativeBest(plan, units);
  const previous = new Map((input.previousUnits ?? []).map((u) => [u.code, u]));
  const subPercents = new Map<string, Map<string, number>>();

  plan.subs.forEach(({ sub }, slot) => {
    const percents = new Map<string, number>();
    for (const unit of units) {
      const p = subIndexPoints(sub, unit.values[sub.code], best[slot]!);
      if (p !== MISSING_POINTS && p !== EXCLUDED_POINTS && sub.maxPoints > 0)
        percents.set(unit.code, (p / sub.maxPoints) * 100);
    }
    subPercents.set(sub.code, percents);
    for (const key of numericKeys(sub)) {
      const label = sub.inputs.find((i) => i.key === key)?.label ?? 'Điểm';
      const values = units.flatMap((u) => {
        const v = u.values[sub.code]?.[key];
        return typeof v === 'number' ? [{ unit: u.code, v }] : [];
      });
      flagOutliers(values, o.z, o.minPeers, (unit, v, c, z) =>
        flags.push({
          unit,
          subIndex: sub.code,
          input: key,
          kind: 'outlier_input',
          severity: Math.abs(z) > 10 ? 'high' : 'medium',
          message:
            `Giá trị '${label}' (${key}) của chỉ số ${sub.code} là ${formatNumberVi(v)}, khác xa các đơn vị khác ` +
            `(trung vị ${formatNumberVi(c.median)}, MAD ${formatNumberVi(c.mad)}; z = ${formatNumberVi(z, 1)}).`,
        }),
      );
      for (const unit of units) {
        const now = unit.values[sub.code]?.[key];
        const then = previous.get(unit.code)?.values[sub.code]?.[key];
        if (typeof now !== 'number' || typeof then !== 'number' || now <= 0 || then <= 0) continue;
        const factor = Math.max(now, then) / Math.min(now, then);
        if (factor < o.jumpFactor || Math.abs(now - then) < o.jumpMinDifference) continue;
        flags.push({
          unit: unit.code,
          subIndex: sub.code,
          input: key,
          kind: 'large_jump',
          severity: 'medium',
          message:
            `Giá trị '${label}' (${key}) của chỉ số ${sub.code} ${describeChange(then, now)} ` +
            `so với năm trước (${now > then ? `gấp ${formatNumberVi(factor, 1)} lần` : `chỉ còn 1/${formatNumberVi(factor, 1)}`}).`,
        });
      }
    }
    if (sub.method.type !== 'boolean') {
      const values = [...percents].map(([unit, v]) => ({ unit, v }));
      flagOutliers(values, o.z, o.minPeers, (unit, v, c, z) =>
        flags.push({
          unit,
          subIndex: sub.code,
          kind: 'outlier_sub_index',
          severity: 'medium',
          message:
            `Chỉ số ${sub.code} đạt ${formatNumberVi(v, 1)}% điểm tối đa, khác xa các đơn vị khác ` +
            `(trung vị ${formatNumberVi(c.median, 1)}%, MAD ${formatNumberVi(c.mad, 1)}; z = ${formatNumberVi(z, 1)}).`,
        }),
      );
    }
    flagFullRates(sub, units, o.rareFullShare, o.minPeers, o.hardTags, flags);
    flagIdenticalSub(sub, units, o.identicalMinUnits, flags);
  });
  if (input.previousResults) {
    const current = new Map(
      scoreSet(input.framework, input.setId, units).units.map((u) => [u.code, u.percent]),
    );
    flagResultJumps(input.previousResults, units, subPercents, current, o, flags);
  }
  flagIdenticalUnits(units, o.identicalMinUnits, flags);
  flags.push(...flagEvidence(input.evidence ?? [], input.window));
  return flags.sort(compareFlags);
}

/** Numeric inputs of a sub-index (`points` of a manual one). */
function numericKeys(sub: SubIndex): string[] {
  if (sub.method.type === 'manual') return ['points'];
  return sub.inputs
    .filter((i) => i.type === 'integer' || i.type === 'number' || i.type === 'percent')
    .map((i) => i.key);
}

function flagOutliers(
  values: readonly { unit: string; v: number }[],
  threshold: number,
  minPeers: number,
  raise: (unit: string, v: number, center: { median: number; mad: number }, z: number) => void,
): void {
  if (values.length < minPeers) return;
  const center = medianAbsoluteDeviation(values.map((x) => x.v));
  for (const { unit, v } of values) {
    const z = robustZ(v, center);
    if (z !== undefined && Math.abs(z) > threshold) raise(unit, v, center, z);
  }
}

function flagFullRates(
  sub: SubIndex,
  units: readonly UnitInput[],
  rareShare: number,
  minPeers: number,
  hardTags: readonly string[],
  flags: AnomalyFlag[],
): void {
  const method = sub.method;
  const hard = (sub.tags ?? []).filter((t) => hardTags.includes(t));
  if (method.type === 'ratio') {
    const counted = units.flatMap((u) => {
      const a = u.values[sub.code]?.[method.numerator];
      const b = u.values[sub.code]?.[method.denominator];
      return typeof a === 'number' && typeof b === 'number' && b > 0 ? [{ unit: u.code, a, b }] : [];
    });
    const full = counted.filter((x) => x.a >= x.b);
    const rare = counted.length >= minPeers && full.length <= rareShare * counted.length;
    if (!rare && hard.length === 0) return;
    for (const x of full) {
      flags.push({
        unit: x.unit,
        subIndex: sub.code,
        kind: 'implausible_full_rate',
        severity: 'low',
        message:
          `Tỉ lệ của chỉ số ${sub.code} đạt ${formatNumberVi((x.a / x.b) * 100, 1)}% (${formatNumberVi(x.a)}/${formatNumberVi(x.b)})` +
          (hard.length > 0
            ? `, chỉ số được đánh dấu khó đạt (${hard.join(', ')}).`
            : ` trong khi chỉ ${full.length}/${counted.length} đơn vị đạt mức này.`),
      });
    }
    return;
  }
  if (hard.length === 0) return;
  for (const input of sub.inputs.filter((i) => i.type === 'percent')) {
    for (const u of units) {
      const v = u.values[sub.code]?.[input.key];
      if (typeof v !== 'number' || v < 100) continue;
      flags.push({
        unit: u.code,
        subIndex: sub.code,
        input: input.key,
        kind: 'implausible_full_rate',
        severity: 'low',
        message: `Chỉ số ${sub.code} báo cáo '${input.label}' = ${formatNumberVi(v)}%, chỉ số được đánh dấu khó đạt (${hard.join(', ')}).`,
      });
    }
  }
}

/** Numeric values that say nothing by being equal: 0, 1 and 100. */
const isTrivial = (v: InputValue) => typeof v !== 'number' || v === 0 || v === 1 || v === 100;

function describeValues(values: Readonly<Record<string, InputValue>>): string {
  return Object.keys(values)
    .sort()
    .map((k) => `${k} = ${typeof values[k] === 'number' ? formatNumberVi(values[k]) : String(values[k])}`)
    .join('; ');
}

function canonical(values: Readonly<Record<string, InputValue>>): string {
  return JSON.stringify(
    Object.keys(values)
      .sort()
      .map((k) => [k, values[k]]),
  );
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function listUnits(units: readonly UnitInput[]): string {
  const shown = units.slice(0, 8).map((u) => u.code);
  return units.length > 8 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/** The same sub-index values, with at least two numbers one of them non-trivial, on many units. */
function flagIdenticalSub(
  sub: SubIndex,
  units: readonly UnitInput[],
  minUnits: number,
  flags: AnomalyFlag[],
): void {
  const groups = groupBy(units, (u) => {
    const v = u.values[sub.code];
    if (!v) return undefined;
    const numbers = Object.values(v).filter((x) => typeof x === 'number');
    return numbers.length >= 2 && numbers.some((x) => !isTrivial(x)) ? canonical(v) : undefined;
  });
  for (const list of groups.values()) {
    if (list.length < minUnits) continue;
    const described = describeValues(list[0]!.values[sub.code]!);
    for (const u of list) {
      flags.push({
        unit: u.code,
        subIndex: sub.code,
        kind: 'identical_values',
        severity: 'medium',
        message: `Bộ giá trị của chỉ số ${sub.code} (${described}) trùng nhau ở ${list.length} đơn vị: ${listUnits(list)}.`,
      });
    }
  }
}

/** Whole value sets (every sub-index) identical on many units, with some non-trivial number. */
function flagIdenticalUnits(units: readonly UnitInput[], minUnits: number, flags: AnomalyFlag[]): void {
  const groups = groupBy(units, (u) => {
    const codes = Object.keys(u.values).sort();
    const nonTrivial = codes.some((c) => Object.values(u.values[c]!).some((x) => !isTrivial(x)));
    return nonTrivial ? JSON.stringify(codes.map((c) => [c, canonical(u.values[c]!)])) : undefined;
  });
  for (const list of groups.values()) {
    if (list.length < minUnits) continue;
    for (const u of list) {
      flags.push({
        unit: u.code,
        kind: 'identical_values',
        severity: 'high',
        message: `Toàn bộ số liệu tự đánh giá trùng khớp hoàn toàn ở ${list.length} đơn vị: ${listUnits(list)}.`,
      });
    }
  }
}

function flagResultJumps(
  previous: SetResults,
  units: readonly UnitInput[],
  subPercents: ReadonlyMap<string, ReadonlyMap<string, number>>,
  current: ReadonlyMap<string, number>,
  o: { jumpPoints: number; totalJumpPoints: number },
  flags: AnomalyFlag[],
): void {
  const before = new Map(previous.units.map((u) => [u.code, u]));
  for (const unit of units) {
    const then = before.get(unit.code);
    if (!then) continue;
    const total = current.get(unit.code);
    if (total !== undefined && Math.abs(total - then.percent) >= o.totalJumpPoints) {
      flags.push({
        unit: unit.code,
        kind: 'large_jump',
        severity: 'medium',
        message:
          `Tổng điểm ${describeChange(then.percent, total, '%')} điểm tối đa so với năm trước ` +
          `(${formatSignedVi(total - then.percent, 1)} điểm phần trăm).`,
      });
    }
    for (const [code, percents] of subPercents) {
      const now = percents.get(unit.code);
      const r = then.subIndices[code];
      if (now === undefined || !r || r.status !== 'scored' || r.max === 0) continue;
      const was = (r.points / r.max) * 100;
      if (Math.abs(now - was) < o.jumpPoints) continue;
      flags.push({
        unit: unit.code,
        subIndex: code,
        kind: 'large_jump',
        severity: 'medium',
        message:
          `Chỉ số ${code} ${describeChange(was, now, '%')} điểm tối đa so với năm trước ` +
          `(${formatSignedVi(now - was, 1)} điểm phần trăm).`,
      });
    }
  }
}

/** "tăng từ 20% lên 80%" / "giảm từ 80 xuống 20". */
function describeChange(from: number, to: number, unit = ''): string {
  const digits = unit === '%' ? 1 : 2;
  return `${to > from ? 'tăng' : 'giảm'} từ ${formatNumberVi(from, digits)}${unit} ${to > from ? 'lên' : 'xuống'} ${formatNumberVi(to, digits)}${unit}`;
}
