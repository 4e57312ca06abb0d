/**
 * Rank robustness (issue 8, §3): Monte Carlo over plausible variation of a set's scores, to say which
 * ranks are solid and which units are statistically tied. Each run perturbs
 * - council adjustments: every scored sub-index's points × (1 ± adjustmentBand), clamped to [0, max];
 * - main-index weights: each index maximum × (1 ± weightBand), renormalised so the set maximum holds;
 * - disputed evidence: each listed (unit, sub-index) loses its points with probability 0.5;
 * then ranks the units on their rounded totals, as published ranks are decided — across the set and,
 * for units with a group, within their group.
 *
 * Built to be split across worker threads by the caller: `prepareRankSimulation` computes every
 * unit's sub-index points once into typed arrays (the model is plain data, so it can be posted to a
 * worker); `simulateRanksChunk(model, fromRun, toRun)` runs a range of runs, run `r` drawing from a
 * generator seeded from (seed, r) alone, so results are identical however runs are split;
 * `summarizeRankSamples` merges the chunks. `simulateRanks` does all three in one call.
 */
import type { Framework } from '../framework/framework-types';
import { roundHalfAwayFromZero } from '../scoring/round-decimal';
import { EXCLUDED_POINTS, MISSING_POINTS } from '../scoring/score-sub-index';
import { planSet } from '../scoring/set-plan';
import type { UnitInput } from '../scoring/values-types';
import { largestGroup, layoutGroups, layoutOf, rankWithinGroupsInto } from './group-rank-intervals';
import { buildPointsMatrix } from './points-matrix';
import { summarizeRankSamples, type RankRobustness } from './summarize-rank-samples';

/** A (unit, sub-index) whose evidence is disputed: dropped (0 points) in half of the runs. */
export interface DisputedItem {
  unit: string;
  subIndex: string;
}

/** Parameters of a rank simulation. Bands are fractions: 0.05 means ± 5 %. */
export interface RankSimulationOptions {
  /** Number of runs (≥ 1). */
  runs: number;
  /** Any 32-bit integer; the same seed gives the same results. */
  seed: number;
  /** Council adjustment band on each scored sub-index's points (default 0). */
  adjustmentBand?: number;
  /** Band on each main index's weight (default 0). */
  weightBand?: number;
  /** Items with disputed evidence. Unknown units or sub-indices are an error. */
  disputed?: readonly DisputedItem[];
}

/**
 * A set prepared for simulation: plain data and typed arrays only (structured-clone friendly).
 * Matrices are unit-major: entry `u * subCount + slot`, or `u * indexCount + i`.
 */
export interface RankSimulationModel {
  framework: string;
  setId: string;
  runs: number;
  seed: number;
  adjustmentBand: number;
  weightBand: number;
  unitCodes: string[];
  unitNames: string[];
  subCount: number;
  indexCount: number;
  setMax: number;
  precision: number;
  /** Exact points; missing and excluded hold 0 (excluded items are out of `attainable`). */
  points: Float64Array;
  /** 1 when the item's evidence is disputed. */
  disputed: Uint8Array;
  /** 1 when the unit has at least one disputed item. */
  unitDisputed: Uint8Array;
  subMax: Float64Array;
  subIndexSlot: Int32Array;
  indexMax: Float64Array;
  /** Earned and attainable points per unit and main index, without variation. */
  earnedBase: Float64Array;
  attainable: Float64Array;
  /** Rounded totals and competition ranks without variation (as `scoreSet` publishes them). */
  nominalTotals: Float64Array;
  nominalRanks: Int32Array;
  /** Distinct group codes; `groupOf[u]` numbers unit u's group, −1 without one. */
  groupCodes: string[];
  groupOf: Int32Array;
  /** Group ranks without variation (as `scoreSet` publishes them); 0 without a group. */
  nominalGroupRanks: Int32Array;
}

/** Ranks drawn by a range of runs: `ranks[(r - fromRun) * unitCount + u]`, 1 = best. */
export interface RankSamples {
  setId: string;
  unitCount: number;
  fromRun: number;
  toRun: number;
  ranks: Int32Array;
  /** Ranks within the unit's group, same layout; 0 for units without a group. */
  groupRanks: Int32Array;
}

/** Seed of run `run` of a simulation seeded with `seed` (a 32-bit mix of both). */
export function seedForRun(seed: number, run: number): number {
  let h = (seed ^ Math.imul(run + 1, 0x9e3779b1)) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Computes every unit's sub-index points once and the nominal ranks. Throws on bad options. */
export function prepareRankSimulation(
  framework: Framework,
  setId: string,
  units: readonly UnitInput[],
  options: RankSimulationOptions,
): RankSimulationModel {
  const plan = planSet(framework, setId);
  if (!plan) throw new Error(`Set ${setId} is not in framework ${framework.id}.`);
  const adjustmentBand = options.adjustmentBand ?? 0;
  const weightBand = options.weightBand ?? 0;
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new RangeError('runs must be an integer ≥ 1');
  for (const band of [adjustmentBand, weightBand]) {
    if (!(band >= 0 && band < 1)) throw new RangeError('bands must be in [0, 1)');
  }
  const U = units.length;
  const S = plan.subs.length;
  const I = plan.indices.length;
  const raw = buildPointsMatrix(plan, units);
  const points = new Float64Array(U * S);
  const subMax = Float64Array.from(plan.subs, (p) => p.sub.maxPoints);
  const subIndexSlot = Int32Array.from(plan.subs, (p) => p.indexSlot);
  const indexMax = Float64Array.from(plan.indices, (i) => i.max);
  const earnedBase = new Float64Array(U * I);
  const attainable = new Float64Array(U * I);
  for (let u = 0; u < U; u++) {
    for (let s = 0; s < S; s++) {
      const k = u * S + s;
      const p = raw[k]!;
      if (p === EXCLUDED_POINTS) continue;
      const value = p === MISSING_POINTS ? 0 : p;
      points[k] = value;
      earnedBase[u * I + subIndexSlot[s]!]! += value;
      attainable[u * I + subIndexSlot[s]!]! += subMax[s]!;
    }
  }
  const disputed = new Uint8Array(U * S);
  const unitDisputed = new Uint8Array(U);
  if (options.disputed?.length) {
    const unitSlot = new Map(units.map((unit, u) => [unit.code, u]));
    const subSlot = new Map(plan.subs.map((p, s) => [p.sub.code, s]));
    for (const item of options.disputed) {
      const u = unitSlot.get(item.unit);
      const s = subSlot.get(item.subIndex);
      if (u === undefined || s === undefined) {
        throw new Error(`Disputed item ${item.unit} / ${item.subIndex} is not in set ${setId}.`);
      }
      disputed[u * S + s] = 1;
      unitDisputed[u] = 1;
    }
  }
  const groups = layoutGroups(units.map((unit) => unit.group));
  const model: RankSimulationModel = {
    framework: framework.id,
    setId,
    runs: options.runs,
    seed: options.seed >>> 0,
    adjustmentBand,
    weightBand,
    unitCodes: units.map((unit) => unit.code),
    unitNames: units.map((unit) => unit.name),
    subCount: S,
    indexCount: I,
    setMax: plan.set.maxPoints,
    precision: framework.rankPrecision,
    points,
    disputed,
    unitDisputed,
    subMax,
    subIndexSlot,
    indexMax,
    earnedBase,
    attainable,
    nominalTotals: new Float64Array(U),
    nominalRanks: new Int32Array(U),
    groupCodes: groups.groupCodes,
    groupOf: groups.groupOf,
    nominalGroupRanks: new Int32Array(U),
  };
  const earned = new Float64Array(I);
  for (let u = 0; u < U; u++) {
    earned.set(earnedBase.subarray(u * I, u * I + I));
    model.nominalTotals[u] = roundedTotal(model, u, earned, indexMax);
  }
  rankInto(model.nominalTotals, model.nominalRanks, 0, new Float64Array(U));
  rankWithinGroupsInto(model.nominalTotals, groups.layout, model.nominalGroupRanks, 0, new Float64Array(U));
  return model;
}

/** Runs `fromRun` (inclusive) to `toRun` (exclusive) of a prepared simulation. */
export function simulateRanksChunk(model: RankSimulationModel, fromRun: number, toRun: number): RankSamples {
  if (!Number.isInteger(fromRun) || !Number.isInteger(toRun) || fromRun < 0 || toRun < fromRun) {
    throw new RangeError('runs range must be integers with 0 ≤ fromRun ≤ toRun');
  }
  const U = model.unitCodes.length;
  const S = model.subCount;
  const I = model.indexCount;
  const ranks = new Int32Array((toRun - fromRun) * U);
  const groupRanks = new Int32Array((toRun - fromRun) * U);
  const layout = layoutOf(model.groupOf, model.groupCodes.length);
  const grouped = layout.members.length > 0;
  const groupScratch = new Float64Array(largestGroup(layout));
  const totals = new Float64Array(U);
  const sorted = new Float64Array(U);
  const earned = new Float64Array(I);
  const weights = new Float64Array(I);
  const { points, disputed, unitDisputed, subMax, subIndexSlot, earnedBase, indexMax } = model;
  const adjust = model.adjustmentBand;
  // Adjustment factor 1 ± adjust from a 32-bit draw x: (1 − adjust) + x · 2·adjust / 2³².
  const low = 1 - adjust;
  const scale = (2 * adjust) / 4294967296;
  const weightBand = model.weightBand;
  let indexMaxSum = 0;
  for (let i = 0; i < I; i++) indexMaxSum += indexMax[i]!;
  for (let run = fromRun; run < toRun; run++) {
    let state = seedForRun(model.seed, run) | 0;
    if (weightBand > 0) {
      let sum = 0;
      for (let i = 0; i < I; i++) {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), state | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        weights[i] = indexMax[i]! * (1 + weightBand * (2 * (((t ^ (t >>> 14)) >>> 0) / 4294967296) - 1));
        sum += weights[i]!;
      }
      const factor = sum > 0 ? indexMaxSum / sum : 1;
      for (let i = 0; i < I; i++) weights[i]! *= factor;
    } else {
      weights.set(indexMax);
    }
    for (let u = 0; u < U; u++) {
      if (adjust === 0 && unitDisputed[u] === 0) {
        for (let i = 0; i < I; i++) earned[i] = earnedBase[u * I + i]!;
      } else {
        earned.fill(0);
        const row = u * S;
        const checkDisputed = unitDisputed[u] === 1;
        // Excluded items hold 0 points: they add nothing and draw nothing (attainable is fixed).
        for (let s = 0; s < S; s++) {
          const k = row + s;
          let p = points[k]!;
          if (p > 0 && adjust > 0) {
            // mulberry32 (as createSeededRandom) inlined: this is the hot loop
            state = (state + 0x6d2b79f5) | 0;
            let t = Math.imul(state ^ (state >>> 15), state | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            p *= low + ((t ^ (t >>> 14)) >>> 0) * scale;
            const max = subMax[s]!;
            if (p > max) p = max;
          }
          if (checkDisputed && disputed[k] === 1) {
            state = (state + 0x6d2b79f5) | 0;
            let t = Math.imul(state ^ (state >>> 15), state | 1);
            t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
            if ((t ^ (t >>> 14)) >>> 0 < 0x80000000) p = 0;
          }
          earned[subIndexSlot[s]!]! += p;
        }
      }
      totals[u] = roundedTotal(model, u, earned, weights);
    }
    rankInto(totals, ranks, (run - fromRun) * U, sorted);
    if (grouped) rankWithinGroupsInto(totals, layout, groupRanks, (run - fromRun) * U, groupScratch);
  }
  return { setId: model.setId, unitCount: U, fromRun, toRun, ranks, groupRanks };
}

/** Prepares, runs every run in one chunk and summarises: the single-threaded convenience. */
export function simulateRanks(
  framework: Framework,
  setId: string,
  units: readonly UnitInput[],
  options: RankSimulationOptions,
): RankRobustness {
  const model = prepareRankSimulation(framework, setId, units, options);
  return summarizeRankSamples(model, [simulateRanksChunk(model, 0, model.runs)]);
}

/** The rounded total of unit `u` from its earned points per index and the index weights. */
function roundedTotal(
  model: RankSimulationModel,
  u: number,
  earned: Float64Array,
  weights: Float64Array,
): number {
  const I = model.indexCount;
  const attainable = model.attainable;
  const indexMax = model.indexMax;
  let sumScore = 0;
  let sumMax = 0;
  for (let i = 0; i < I; i++) {
    const att = attainable[u * I + i]!;
    if (att === 0) {
      if (indexMax[i]! > 0) continue; // wholly excluded index
    } else {
      sumScore += (earned[i]! / att) * weights[i]!;
    }
    sumMax += weights[i]!;
  }
  const setMax = model.setMax;
  const exact = sumMax === 0 ? 0 : sumMax === setMax ? sumScore : (sumScore / sumMax) * setMax;
  return roundHalfAwayFromZero(exact, model.precision);
}

/** Competition ranks of `totals` (1 + number of strictly higher totals) into `out` from `offset`. */
function rankInto(totals: Float64Array, out: Int32Array, offset: number, sorted: Float64Array): void {
  const n = totals.length;
  sorted.set(totals);
  sorted.sort();
  for (let u = 0; u < n; u++) {
    const t = totals[u]!;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid]! <= t) lo = mid + 1;
      else hi = mid;
    }
    out[offset + u] = n - lo + 1;
  }
}
