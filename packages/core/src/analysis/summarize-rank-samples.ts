/**
 * Merging the rank samples of a simulation (possibly computed in several chunks, on several threads)
 * into what the council reads: per unit the nominal rank, the median rank and the 90 % interval (5th
 * to 95th percentile), and which units are statistically tied — their intervals overlap; the same
 * within each unit's group for grouped units.
 */
import { compareVietnamese } from '../text/vietnamese-collator';
import { quantileOf, summarizeGroupRanks, type GroupRankRobustness } from './group-rank-intervals';
import type { RankSamples, RankSimulationModel } from './simulate-ranks';

/** How robust one unit's rank is. */
export interface UnitRankRobustness {
  code: string;
  name: string;
  /** The published rank (no variation). */
  nominalRank: number;
  medianRank: number;
  /** 5th percentile of the simulated ranks (the best plausible rank). */
  lowRank: number;
  /** 95th percentile of the simulated ranks (the worst plausible rank). */
  highRank: number;
  /**
   * Units whose intervals chain into this one's (connected overlaps), numbered 1, 2, … from the best;
   * a group of one means the rank is clearly separated.
   */
  tieGroup: number;
  /** Codes of the units whose interval overlaps this unit's, by nominal rank. */
  tiedWith: string[];
  /** Vietnamese summary, e.g. "Hạng 3; trung vị 3; khoảng tin cậy 90%: hạng 2–5; …". */
  message: string;
  /** The same within the unit's group; absent for a unit without a group. */
  group?: GroupRankRobustness;
}

/** The result of a rank simulation. */
export interface RankRobustness {
  framework: string;
  setId: string;
  runs: number;
  seed: number;
  adjustmentBand: number;
  weightBand: number;
  /** Units by nominal rank, ties in Vietnamese alphabetical order of name. */
  units: UnitRankRobustness[];
  /** What was simulated, in Vietnamese. */
  note: string;
}

/**
 * Merges chunks of rank samples of `model` (in any order, together covering any runs: each run once)
 * and summarises them. Quantiles are nearest-rank: the q-quantile of n samples is the ⌈q·n⌉-th
 * smallest.
 */
export function summarizeRankSamples(
  model: RankSimulationModel,
  chunks: readonly RankSamples[],
): RankRobustness {
  const U = model.unitCodes.length;
  const ordered = [...chunks].sort((a, b) => a.fromRun - b.fromRun);
  let runs = 0;
  for (let c = 0; c < ordered.length; c++) {
    const chunk = ordered[c]!;
    if (chunk.unitCount !== U || chunk.setId !== model.setId) throw new Error('Chunk of another simulation.');
    const previous = ordered[c - 1];
    if (previous && previous.toRun > chunk.fromRun) throw new Error('Chunks overlap.');
    runs += chunk.toRun - chunk.fromRun;
  }
  const low = new Int32Array(U);
  const median = new Int32Array(U);
  const high = new Int32Array(U);
  const scratch = new Int32Array(runs);
  /** Unit u's samples from `pick` (set or group ranks), sorted ascending. */
  const samplesOf = (u: number, pick: (c: RankSamples) => Int32Array): Int32Array => {
    let k = 0;
    for (const chunk of ordered) {
      const n = chunk.toRun - chunk.fromRun;
      const list = pick(chunk);
      for (let r = 0; r < n; r++) scratch[k++] = list[r * U + u]!;
    }
    return scratch.sort();
  };
  for (let u = 0; u < U; u++) {
    if (runs === 0) {
      low[u] = median[u] = high[u] = model.nominalRanks[u]!;
      continue;
    }
    const sorted = samplesOf(u, (c) => c.ranks);
    low[u] = quantileOf(sorted, 0.05);
    median[u] = quantileOf(sorted, 0.5);
    high[u] = quantileOf(sorted, 0.95);
  }
  const { groups: tieGroups, tied } = findTies(low, high);
  const order = Array.from({ length: U }, (_, u) => u).sort(
    (a, b) =>
      model.nominalRanks[a]! - model.nominalRanks[b]! ||
      compareVietnamese(model.unitNames[a]!, model.unitNames[b]!) ||
      (model.unitCodes[a]! < model.unitCodes[b]! ? -1 : model.unitCodes[a]! > model.unitCodes[b]! ? 1 : 0),
  );
  const position = new Int32Array(U);
  order.forEach((u, i) => (position[u] = i));
  const groups = summarizeGroupRanks(
    model.unitCodes,
    model.groupCodes,
    model.groupOf,
    model.nominalGroupRanks,
    order,
    (u) => (runs === 0 ? new Int32Array(0) : samplesOf(u, (c) => c.groupRanks)),
  );
  const units = order.map((u): UnitRankRobustness => {
    const list = tied[u]!;
    const positions = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) positions[i] = position[list[i]!]!;
    positions.sort();
    const tiedWith = new Array<string>(positions.length);
    for (let i = 0; i < positions.length; i++) tiedWith[i] = model.unitCodes[order[positions[i]!]!]!;
    const group = groups[u];
    return {
      code: model.unitCodes[u]!,
      name: model.unitNames[u]!,
      nominalRank: model.nominalRanks[u]!,
      medianRank: median[u]!,
      lowRank: low[u]!,
      highRank: high[u]!,
      tieGroup: tieGroups[u]!,
      tiedWith,
      message: describeUnit(model, u, low[u]!, median[u]!, high[u]!, tiedWith) + describeGroup(group),
      ...(group === undefined ? {} : { group }),
    };
  });
  return {
    framework: model.framework,
    setId: model.setId,
    runs,
    seed: model.seed,
    adjustmentBand: model.adjustmentBand,
    weightBand: model.weightBand,
    units,
    note: describeSimulation(model, runs),
  };
}

function describeGroup(group: GroupRankRobustness | undefined): string {
  if (group === undefined) return '';
  const interval =
    group.lowRank === group.highRank
      ? `luôn hạng ${group.lowRank}`
      : `hạng ${group.lowRank}–${group.highRank}`;
  return ` Trong nhóm ${group.code} (${group.size} đơn vị): hạng công bố ${group.nominalRank}, khoảng 90%: ${interval}.`;
}

/**
 * Tie groups (connected runs of overlapping intervals, numbered from the best) and, per unit, the
 * units whose interval overlaps its own: one sweep over the intervals sorted by their low end.
 */
function findTies(low: Int32Array, high: Int32Array): { groups: Int32Array; tied: number[][] } {
  const U = low.length;
  const byLow = Array.from({ length: U }, (_, u) => u).sort(
    (a, b) => low[a]! - low[b]! || high[a]! - high[b]!,
  );
  const groups = new Int32Array(U);
  const tied: number[][] = Array.from({ length: U }, () => []);
  let group = 0;
  let reach = -Infinity;
  for (let i = 0; i < U; i++) {
    const u = byLow[i]!;
    if (low[u]! > reach) group++;
    reach = Math.max(reach, high[u]!);
    groups[u] = group;
    for (let j = i + 1; j < U; j++) {
      const v = byLow[j]!;
      if (low[v]! > high[u]!) break;
      tied[u]!.push(v);
      tied[v]!.push(u);
    }
  }
  return { groups, tied };
}

function describeUnit(
  model: RankSimulationModel,
  u: number,
  low: number,
  median: number,
  high: number,
  tiedWith: readonly string[],
): string {
  const nominal = model.nominalRanks[u]!;
  const interval = low === high ? `luôn hạng ${low}` : `hạng ${low}–${high}`;
  const base = `Hạng công bố ${nominal}; trung vị mô phỏng ${median}; khoảng 90%: ${interval}`;
  if (tiedWith.length === 0) return `${base}; tách biệt rõ với các đơn vị khác.`;
  const shown = tiedWith.slice(0, 5).join(', ');
  const more = tiedWith.length > 5 ? ` và ${tiedWith.length - 5} đơn vị khác` : '';
  return `${base}; ngang hạng về thống kê với ${shown}${more}.`;
}

function describeSimulation(model: RankSimulationModel, runs: number): string {
  const percent = (band: number) => `±${String(Math.round(band * 1000) / 10).replace('.', ',')}%`;
  const disputed = model.disputed.reduce((n, d) => n + d, 0);
  return (
    `${runs} lần mô phỏng (hạt giống ${model.seed}): điểm thẩm định mỗi chỉ số thành phần dao động ` +
    `${percent(model.adjustmentBand)}, trọng số chỉ số chính ${percent(model.weightBand)}, ` +
    `${disputed} chỉ số có minh chứng tranh chấp bị loại với xác suất 50%. ` +
    'Hai đơn vị có khoảng hạng 90% chồng lên nhau được coi là ngang hạng về thống kê.'
  );
}
