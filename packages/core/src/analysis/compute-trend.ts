/**
 * Trends across framework versions (issue 8, §2): a unit's year-over-year change when the index set
 * itself changes (2022 on LC-2644-2022 at 750 points, 2023 on LC-3019-2023 at 800). Only the
 * COMPARABLE part is compared: sub-indices present in both years (same code, or continued through
 * the newer sub-index's `replacesCodes`, exactly as `diffFrameworks` matches them), each year on the
 * percent of the attainable maximum of that part, so different scales compare. The published total
 * percent change is given too, and what cannot be compared is said plainly. Units are followed
 * through mergers and splits by an optional lineage map.
 */
import { diffFrameworks, type SetDiff } from '../framework/diff-frameworks';
import type { Framework, IndexSet } from '../framework/framework-types';
import { roundHalfAwayFromZero } from '../scoring/round-decimal';
import type { SetResults, UnitResult } from '../scoring/values-types';
import { formatNumberVi, formatSignedVi } from './format-vietnamese-number';

/** One year of a unit's results: the set's results and the framework they were scored on. */
export interface TrendYear {
  year: number;
  framework: Framework;
  results: SetResults;
}

/** What `computeTrend` needs. */
export interface TrendInput {
  /** The unit's code in the latest year. */
  unitCode: string;
  /** Its results, any order, one entry per year. */
  years: readonly TrendYear[];
  /**
   * Lineage: code → the codes that stood for it the year before (a merger lists several; a split
   * lists the old unit under each new code). List the code itself if it kept its code and absorbed
   * others. Codes absent from the lineage stand for themselves.
   */
  lineage?: Readonly<Record<string, readonly string[]>>;
  /**
   * The codes that stood for the unit in each year, when known from dated lineage (`lineageHistory`):
   * then each year compares the same territory; the `lineage` map is used for the years not listed.
   */
  codesByYear?: Readonly<Record<number, readonly string[]>>;
}

/** A percent (0–100, 2 decimals) in the earlier and the later year, and the change in points. */
export interface PercentChange {
  from: number;
  to: number;
  change: number;
}

/** The comparable part of a main index of the later framework. */
export interface IndexTrend extends PercentChange {
  code: string;
  name: string;
  /** Sub-indices of this index in the comparable part (later framework). */
  subIndexCount: number;
}

/** A sub-index on one side only. */
export interface UnmatchedSubIndex {
  code: string;
  name: string;
  maxPoints: number;
}

/** The comparison of two consecutive years. */
export interface TrendStep {
  fromYear: number;
  toYear: number;
  fromFramework: string;
  toFramework: string;
  /** Codes compared: the later year's, and those that stood for them the earlier year. */
  toUnits: string[];
  fromUnits: string[];
  /** The published total percent, including what cannot be compared. */
  headline: PercentChange;
  /** The comparable part; `null` when nothing is comparable. */
  comparable: (PercentChange & { subIndexCount: number; maxFrom: number; maxTo: number }) | null;
  indices: IndexTrend[];
  /** Sub-indices of the later framework with no predecessor. */
  newSubIndices: UnmatchedSubIndex[];
  /** Sub-indices of the earlier framework that nothing continues. */
  droppedSubIndices: UnmatchedSubIndex[];
  /** Vietnamese notes: scales, what is not comparable, lineage. */
  notes: string[];
}

/** A unit's trend: one step per pair of consecutive years in which it (or its lineage) was scored. */
export interface UnitTrend {
  unitCode: string;
  steps: TrendStep[];
  notes: string[];
}

/** Computes year-over-year changes of a unit on the comparable part of consecutive frameworks. */
export function computeTrend(input: TrendInput): UnitTrend {
  const years = [...input.years].sort((a, b) => a.year - b.year);
  years.forEach((y, i) => {
    if (i > 0 && years[i - 1]!.year === y.year) throw new Error(`Year ${y.year} is given twice.`);
  });
  const lineage = input.lineage ?? {};
  const codes: string[][] = years.map(() => []);
  if (years.length > 0) codes[years.length - 1] = [input.unitCode];
  for (let k = years.length - 2; k >= 0; k--) {
    codes[k] = expandLineage(codes[k + 1]!, years[k]!.results, lineage);
  }
  years.forEach((y, k) => {
    const known = input.codesByYear?.[y.year];
    if (known) codes[k] = [...known];
  });
  const trend: UnitTrend = { unitCode: input.unitCode, steps: [], notes: [] };
  for (let k = 0; k + 1 < years.length; k++) {
    const before = years[k]!;
    const after = years[k + 1]!;
    const fromUnits = findUnits(before.results, codes[k]!);
    const toUnits = findUnits(after.results, codes[k + 1]!);
    if (fromUnits.length === 0 || toUnits.length === 0) {
      const missing = fromUnits.length === 0 ? before.year : after.year;
      trend.notes.push(
        `Không có kết quả của đơn vị ${input.unitCode} (hoặc đơn vị tiền thân) năm ${missing}: ` +
          `không so sánh được ${before.year}–${after.year}.`,
      );
      continue;
    }
    trend.steps.push(compareYears(before, after, fromUnits, toUnits));
  }
  return trend;
}

function expandLineage(
  later: readonly string[],
  earlier: SetResults,
  lineage: Readonly<Record<string, readonly string[]>>,
): string[] {
  const present = new Set(earlier.units.map((u) => u.code));
  const out: string[] = [];
  for (const code of later) {
    const listed = (lineage[code] ?? []).filter((c) => present.has(c));
    const found = listed.length > 0 ? listed : present.has(code) ? [code] : [];
    for (const c of found) if (!out.includes(c)) out.push(c);
  }
  return out;
}

function findUnits(results: SetResults, codes: readonly string[]): UnitResult[] {
  return codes.flatMap((code) => results.units.filter((u) => u.code === code));
}

function findSet(year: TrendYear): IndexSet {
  const set = year.framework.sets.find((s) => s.id === year.results.set);
  if (!set) throw new Error(`Set ${year.results.set} is not in framework ${year.framework.id}.`);
  return set;
}

/** Diffs the two sets as if they had the same id (a unit may change set between years). */
function diffSetsOf(before: TrendYear, after: TrendYear, from: IndexSet, to: IndexSet): SetDiff {
  const only = (fw: Framework, set: IndexSet): Framework => ({ ...fw, sets: [{ ...set, id: '_' }] });
  return diffFrameworks(only(before.framework, from), only(after.framework, to)).sets[0]!;
}

function compareYears(
  before: TrendYear,
  after: TrendYear,
  fromUnits: UnitResult[],
  toUnits: UnitResult[],
): TrendStep {
  const fromSet = findSet(before);
  const toSet = findSet(after);
  const diff = diffSetsOf(before, after, fromSet, toSet);
  const added = new Set(diff.added);
  const removed = new Set(diff.removed);
  const renamed = new Map(diff.changed.flatMap((c) => (c.previousCodes ? [[c.code, c.previousCodes]] : [])));
  const fromSubs = new Map(fromSet.indices.flatMap((i) => i.subIndices.map((s) => [s.code, s] as const)));
  const pct = (x: number) => roundHalfAwayFromZero(x, 2);
  const change = (from: number, to: number): PercentChange => ({
    from: pct(from),
    to: pct(to),
    change: pct(pct(to) - pct(from)),
  });

  const allTo: string[] = [];
  const allFrom = new Set<string>();
  let maxTo = 0;
  const indices: IndexTrend[] = [];
  for (const index of toSet.indices) {
    const toCodes: string[] = [];
    const fromCodes = new Set<string>();
    for (const sub of index.subIndices) {
      if (added.has(sub.code) || sub.maxPoints === 0) continue;
      toCodes.push(sub.code);
      maxTo += sub.maxPoints;
      for (const c of renamed.get(sub.code) ?? [sub.code]) fromCodes.add(c);
    }
    toCodes.forEach((c) => allTo.push(c));
    fromCodes.forEach((c) => allFrom.add(c));
    const from = meanPercent(fromUnits, [...fromCodes]);
    const to = meanPercent(toUnits, toCodes);
    if (from === undefined || to === undefined) continue;
    indices.push({ code: index.code, name: index.name, subIndexCount: toCodes.length, ...change(from, to) });
  }
  const from = meanPercent(fromUnits, [...allFrom]);
  const to = meanPercent(toUnits, allTo);
  let maxFrom = 0;
  for (const c of allFrom) maxFrom += fromSubs.get(c)?.maxPoints ?? 0;
  const comparable =
    from === undefined || to === undefined
      ? null
      : { ...change(from, to), subIndexCount: allTo.length, maxFrom, maxTo };
  const headline = change(mean(fromUnits.map((u) => u.percent)), mean(toUnits.map((u) => u.percent)));
  const unmatched = (set: IndexSet, codes: Set<string>): UnmatchedSubIndex[] =>
    set.indices.flatMap((i) =>
      i.subIndices
        .filter((s) => codes.has(s.code))
        .map((s) => ({ code: s.code, name: s.name, maxPoints: s.maxPoints })),
    );
  const step: TrendStep = {
    fromYear: before.year,
    toYear: after.year,
    fromFramework: before.framework.id,
    toFramework: after.framework.id,
    toUnits: toUnits.map((u) => u.code),
    fromUnits: fromUnits.map((u) => u.code),
    headline,
    comparable,
    indices,
    newSubIndices: unmatched(toSet, added),
    droppedSubIndices: unmatched(fromSet, removed),
    notes: [],
  };
  step.notes = describeStep(step, fromSet, toSet);
  return step;
}

/** Mean over units of each unit's earned ÷ attainable on `codes`, in percent; units with nothing attainable are left out. */
function meanPercent(units: readonly UnitResult[], codes: readonly string[]): number | undefined {
  const percents: number[] = [];
  for (const unit of units) {
    let earned = 0;
    let attainable = 0;
    for (const code of codes) {
      const r = unit.subIndices[code];
      if (!r || r.status === 'excluded') continue;
      earned += r.points;
      attainable += r.max;
    }
    if (attainable > 0) percents.push((earned / attainable) * 100);
  }
  return percents.length === 0 ? undefined : mean(percents);
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function listCodes(items: readonly UnmatchedSubIndex[]): string {
  const shown = items.slice(0, 8).map((s) => s.code);
  return items.length > 8 ? `${shown.join(', ')}, …` : shown.join(', ');
}

function describeStep(step: TrendStep, fromSet: IndexSet, toSet: IndexSet): string[] {
  const notes: string[] = [];
  const { fromYear: y0, toYear: y1 } = step;
  if (y1 - y0 !== 1) notes.push(`Hai năm ${y0} và ${y1} không liên tiếp.`);
  if (step.fromUnits.join() !== step.toUnits.join()) {
    notes.push(
      `Đơn vị ${step.toUnits.join(', ')} năm ${y1} được so với ` +
        (step.fromUnits.length > 1
          ? `trung bình (tỉ lệ phần trăm) của các đơn vị tiền thân ${step.fromUnits.join(', ')} năm ${y0}`
          : `đơn vị tiền thân ${step.fromUnits[0]} năm ${y0}`) +
        ' theo quan hệ kế thừa (sáp nhập, chia tách hoặc đổi mã).',
    );
  }
  if (fromSet.maxPoints !== toSet.maxPoints) {
    notes.push(
      `Thang điểm đổi từ ${formatNumberVi(fromSet.maxPoints)} điểm (${step.fromFramework}) sang ` +
        `${formatNumberVi(toSet.maxPoints)} điểm (${step.toFramework}): so sánh theo tỉ lệ phần trăm điểm tối đa.`,
    );
  }
  const sumMax = (items: readonly UnmatchedSubIndex[]) => items.reduce((s, i) => s + i.maxPoints, 0);
  if (step.newSubIndices.length > 0) {
    notes.push(
      `Năm ${y1} có ${step.newSubIndices.length} chỉ số thành phần mới (${listCodes(step.newSubIndices)}; ` +
        `${formatNumberVi(sumMax(step.newSubIndices))} điểm) không có ở năm ${y0}: không tính vào phần so sánh.`,
    );
  }
  if (step.droppedSubIndices.length > 0) {
    notes.push(
      `${step.droppedSubIndices.length} chỉ số thành phần của năm ${y0} (${listCodes(step.droppedSubIndices)}; ` +
        `${formatNumberVi(sumMax(step.droppedSubIndices))} điểm) không còn ở năm ${y1}: không tính vào phần so sánh.`,
    );
  }
  const c = step.comparable;
  if (c) {
    notes.push(
      `Trên phần so sánh được (${c.subIndexCount} chỉ số thành phần; ${formatNumberVi(c.maxFrom)}/` +
        `${formatNumberVi(fromSet.maxPoints)} điểm năm ${y0}, ${formatNumberVi(c.maxTo)}/` +
        `${formatNumberVi(toSet.maxPoints)} điểm năm ${y1}) tỉ lệ đạt từ ${formatNumberVi(c.from)}% ` +
        `${c.change < 0 ? 'xuống' : 'lên'} ${formatNumberVi(c.to)}% (${formatSignedVi(c.change)} điểm phần trăm).`,
    );
  } else {
    notes.push(`Không có chỉ số thành phần nào so sánh được giữa năm ${y0} và năm ${y1}.`);
  }
  const h = step.headline;
  notes.push(
    `Tổng điểm công bố: ${formatNumberVi(h.from)}% → ${formatNumberVi(h.to)}% ` +
      `(${formatSignedVi(h.change)} điểm phần trăm), gồm cả phần không so sánh được.`,
  );
  return notes;
}
