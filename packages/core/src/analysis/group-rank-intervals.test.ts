import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreSet } from '../scoring/score-set';
import { frameworkOf, index, manualSub, manualUnit } from '../testing/framework-builders.fixture';
import { arbFramework, arbUnits } from '../testing/values-arbitraries.fixture';
import { layoutGroups, rankWithinGroupsInto } from './group-rank-intervals';
import { prepareRankSimulation, simulateRanks, simulateRanksChunk } from './simulate-ranks';
import { summarizeRankSamples } from './summarize-rank-samples';

describe('group rank intervals', () => {
  it('with zero variation equal the published group rank exactly (property)', () => {
    fc.assert(
      fc.property(
        arbFramework.chain((fw) => fc.tuple(fc.constant(fw), arbUnits(fw, { maxUnits: 8 }))),
        fc.integer(),
        fc.integer({ min: 0, max: 7 }),
        ([fw, units], seed, runs) => {
          const published = new Map(scoreSet(fw, 'S', units).units.map((u) => [u.code, u]));
          const result = simulateRanks(fw, 'S', units, { runs: Math.max(1, runs), seed });
          for (const u of result.units) {
            const p = published.get(u.code)!;
            if (p.groupRank === undefined) {
              expect(u.group).toBeUndefined();
              continue;
            }
            expect(u.group).toMatchObject({
              code: p.group,
              nominalRank: p.groupRank,
              lowRank: p.groupRank,
              medianRank: p.groupRank,
              highRank: p.groupRank,
            });
            // Tied within the group exactly when another member shares the published group rank.
            const sharing = [...published.values()]
              .filter((o) => o.code !== u.code && o.group === p.group && o.groupRank === p.groupRank)
              .map((o) => o.code)
              .sort();
            expect([...u.group!.tiedWith].sort()).toEqual(sharing);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('ranks within groups by competition, the same as across the set', () => {
    const { layout } = layoutGroups(['A', undefined, 'A', 'B', 'A']);
    const out = new Int32Array(5);
    rankWithinGroupsInto(Float64Array.from([10, 99, 30, 5, 30]), layout, out, 0, new Float64Array(3));
    expect([...out]).toEqual([3, 0, 1, 1, 1]);
  });

  it('widens group intervals where disputed evidence can swap two members of a group', () => {
    const fw = frameworkOf([index('1', [manualSub('1.1', 100)])]);
    const units = [
      manualUnit('A1', 'An', 90, 'G1'),
      manualUnit('A2', 'Bình', 80, 'G1'),
      manualUnit('B1', 'Cốc', 85, 'G2'),
      manualUnit('X', 'Dương', 10),
    ];
    const options = { runs: 400, seed: 5, disputed: [{ unit: 'A1', subIndex: '1.1' }] };
    const result = simulateRanks(fw, 'S', units, options);
    const byCode = new Map(result.units.map((u) => [u.code, u]));
    expect(byCode.get('A1')!.group).toMatchObject({
      code: 'G1',
      size: 2,
      nominalRank: 1,
      lowRank: 1,
      highRank: 2,
    });
    expect(byCode.get('A1')!.group!.tiedWith).toEqual(['A2']);
    expect(byCode.get('B1')!.group).toEqual({
      code: 'G2',
      size: 1,
      nominalRank: 1,
      medianRank: 1,
      lowRank: 1,
      highRank: 1,
      tiedWith: [],
    });
    expect(byCode.get('X')!.group).toBeUndefined();
    expect(byCode.get('A1')!.message).toContain('Trong nhóm G1 (2 đơn vị)');
    // Split into chunks, the group intervals are the same.
    const model = prepareRankSimulation(fw, 'S', units, options);
    expect(
      summarizeRankSamples(model, [simulateRanksChunk(model, 150, 400), simulateRanksChunk(model, 0, 150)]),
    ).toEqual(result);
  });
});
