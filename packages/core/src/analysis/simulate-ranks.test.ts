import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreSet } from '../scoring/score-set';
import { frameworkOf, index, manualSub, unit } from '../testing/framework-builders.fixture';
import { buildMiniFramework } from '../testing/mini-framework.fixture';
import { arbFramework, arbUnits } from '../testing/values-arbitraries.fixture';
import { prepareRankSimulation, seedForRun, simulateRanks, simulateRanksChunk } from './simulate-ranks';
import { summarizeRankSamples } from './summarize-rank-samples';

const twoManual = frameworkOf([index('1', [manualSub('1.1', 50), manualSub('1.2', 50)])]);
const threeUnits = [
  unit('U1', 'Xã An', { '1.1': { points: 50 }, '1.2': { points: 50 } }),
  unit('U2', 'Xã Bình', { '1.1': { points: 40 }, '1.2': { points: 40 } }),
  unit('U3', 'Xã Cốc', { '1.1': { points: 10 }, '1.2': { points: 10 } }),
];

describe('simulateRanks', () => {
  it('with zero variation gives exactly the published rank for every unit (property)', () => {
    fc.assert(
      fc.property(
        arbFramework.chain((fw) => fc.tuple(fc.constant(fw), arbUnits(fw, { maxUnits: 8 }))),
        fc.integer(),
        ([fw, units], seed) => {
          const published = new Map(scoreSet(fw, 'S', units).units.map((u) => [u.code, u.rank]));
          const result = simulateRanks(fw, 'S', units, { runs: 5, seed });
          for (const u of result.units) {
            expect(u.nominalRank).toBe(published.get(u.code));
            expect([u.lowRank, u.medianRank, u.highRank]).toEqual([
              u.nominalRank,
              u.nominalRank,
              u.nominalRank,
            ]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('zero variation on the mini framework: only units sharing a published rank are tied', () => {
    const fw = buildMiniFramework();
    const units = [
      unit('A', 'An', { '1.1': { hasPlan: true }, '2.3': { points: 5 } }),
      unit('B', 'Bình', { '1.1': { hasPlan: true }, '2.3': { points: 5 } }),
      unit('C', 'Cốc', { '1.1': { hasPlan: false }, '2.3': { points: 1 } }),
    ];
    const result = simulateRanks(fw, 'XA', units, { runs: 3, seed: 7 });
    expect(result.units.map((u) => [u.code, u.nominalRank, u.tiedWith, u.tieGroup])).toEqual([
      ['A', 1, ['B'], 1],
      ['B', 1, ['A'], 1],
      ['C', 3, [], 2],
    ]);
  });

  it('drops disputed evidence in about half of the runs', () => {
    // U1 is 100 or 50 (1.2 disputed), U2 always 80, U3 always 20: U1 and U2 swap, U3 stays third.
    const result = simulateRanks(twoManual, 'S', threeUnits, {
      runs: 400,
      seed: 42,
      disputed: [{ unit: 'U1', subIndex: '1.2' }],
    });
    const [u1, u2, u3] = result.units;
    expect(u1).toMatchObject({
      code: 'U1',
      nominalRank: 1,
      lowRank: 1,
      highRank: 2,
      tiedWith: ['U2'],
      tieGroup: 1,
    });
    expect(u2).toMatchObject({
      code: 'U2',
      nominalRank: 2,
      lowRank: 1,
      highRank: 2,
      tiedWith: ['U1'],
      tieGroup: 1,
    });
    expect(u3).toMatchObject({
      code: 'U3',
      lowRank: 3,
      medianRank: 3,
      highRank: 3,
      tiedWith: [],
      tieGroup: 2,
    });
    expect(u3!.message).toContain('tách biệt rõ');
    expect(u1!.message).toContain('ngang hạng về thống kê với U2');
    // Both outcomes happen often: the median of U1 is 1 or 2 and neither outcome is negligible.
    const model = prepareRankSimulation(twoManual, 'S', threeUnits, {
      runs: 400,
      seed: 42,
      disputed: [{ unit: 'U1', subIndex: '1.2' }],
    });
    const samples = simulateRanksChunk(model, 0, 400).ranks;
    let dropped = 0;
    for (let r = 0; r < 400; r++) if (samples[r * 3] === 2) dropped++;
    expect(dropped).toBeGreaterThan(150);
    expect(dropped).toBeLessThan(250);
  });

  it('keeps adjustments within the band: a 100 vs 50 gap never closes at ± 10 %', () => {
    const fw = frameworkOf([index('1', [manualSub('1.1', 100)])]);
    const units = [
      unit('U1', 'An', { '1.1': { points: 100 } }),
      unit('U2', 'Bình', { '1.1': { points: 50 } }),
    ];
    const result = simulateRanks(fw, 'S', units, { runs: 200, seed: 1, adjustmentBand: 0.1 });
    expect(result.units.map((u) => [u.lowRank, u.highRank, u.tiedWith])).toEqual([
      [1, 1, []],
      [2, 2, []],
    ]);
  });

  it('perturbs main-index weights: units equal in total but not in profile become tied', () => {
    const fw = frameworkOf([index('1', [manualSub('1.1', 50)]), index('2', [manualSub('2.1', 50)])]);
    const units = [
      unit('U1', 'An', { '1.1': { points: 50 }, '2.1': { points: 0 } }),
      unit('U2', 'Bình', { '1.1': { points: 0 }, '2.1': { points: 50 } }),
    ];
    const result = simulateRanks(fw, 'S', units, { runs: 200, seed: 3, weightBand: 0.2 });
    expect(result.units.map((u) => [u.nominalRank, u.lowRank, u.highRank])).toEqual([
      [1, 1, 2],
      [1, 1, 2],
    ]);
  });

  it('gives identical results however the runs are split into chunks', () => {
    const options = {
      runs: 30,
      seed: 99,
      adjustmentBand: 0.1,
      weightBand: 0.1,
      disputed: [{ unit: 'U2', subIndex: '1.1' }],
    };
    const model = prepareRankSimulation(twoManual, 'S', threeUnits, options);
    const whole = simulateRanksChunk(model, 0, 30);
    const parts = [
      simulateRanksChunk(model, 17, 30),
      simulateRanksChunk(model, 0, 5),
      simulateRanksChunk(model, 5, 17),
    ];
    const joined = new Int32Array(90);
    for (const part of parts) joined.set(part.ranks, part.fromRun * 3);
    expect(joined).toEqual(whole.ranks);
    expect(summarizeRankSamples(model, parts)).toEqual(summarizeRankSamples(model, [whole]));
    expect(simulateRanks(twoManual, 'S', threeUnits, options)).toEqual(summarizeRankSamples(model, parts));
  });

  it('rejects bad options and overlapping chunks', () => {
    expect(() => simulateRanks(twoManual, 'S', threeUnits, { runs: 0, seed: 1 })).toThrow(RangeError);
    expect(() => simulateRanks(twoManual, 'S', threeUnits, { runs: 5, seed: 1, weightBand: 1 })).toThrow(
      RangeError,
    );
    expect(() =>
      simulateRanks(twoManual, 'S', threeUnits, {
        runs: 5,
        seed: 1,
        disputed: [{ unit: 'U9', subIndex: '1.1' }],
      }),
    ).toThrow(/U9/);
    expect(() => simulateRanks(twoManual, 'NOPE', threeUnits, { runs: 5, seed: 1 })).toThrow(/NOPE/);
    const model = prepareRankSimulation(twoManual, 'S', threeUnits, { runs: 4, seed: 1 });
    expect(() =>
      summarizeRankSamples(model, [simulateRanksChunk(model, 0, 3), simulateRanksChunk(model, 2, 4)]),
    ).toThrow(/overlap/);
  });

  it('derives distinct, reproducible run seeds', () => {
    expect(seedForRun(1, 0)).toBe(seedForRun(1, 0));
    const seeds = new Set(Array.from({ length: 1000 }, (_, r) => seedForRun(2023, r)));
    expect(seeds.size).toBe(1000);
    expect(seedForRun(1, 5)).not.toBe(seedForRun(2, 5));
  });
});
