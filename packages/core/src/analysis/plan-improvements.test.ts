import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/framework-types';
import { scoreSet } from '../scoring/score-set';
import type { UnitInput } from '../scoring/values-types';
import { frameworkOf, index, manualSub, ratioSub, unit } from '../testing/framework-builders.fixture';
import { arbFramework, arbUnits } from '../testing/values-arbitraries.fixture';
import { planImprovements, type ImprovementPlan } from './plan-improvements';

// 50 points: index 1 (30) = 1.1, 1.2 manual 10 + 1.3 ratio 10; index 2 (20) = 2.1 manual 20.
const fw = frameworkOf([
  index('1', [manualSub('1.1', 10), manualSub('1.2', 10), ratioSub('1.3', 10)]),
  index('2', [manualSub('2.1', 20)]),
]);
const units = [
  // 4,5 + 10 + 2,5 + 5 = 22 → 44 % (Hình thành)
  unit('U', 'Xã Ú', {
    '1.1': { points: 4.5 },
    '1.2': { points: 10 },
    '1.3': { a: 1, b: 4 },
    '2.1': { points: 5 },
  }),
  // 1.3 excluded: index 1 rescaled ×30/20; 0 + 10 = 10 → 20 % (Khởi động)
  unit('V', 'Xã Vân', {
    '1.1': { points: 0 },
    '1.2': { points: 0 },
    '1.3': { a: 0, b: 0 },
    '2.1': { points: 10 },
  }),
  unit('W', 'Xã Y', {
    '1.1': { points: 10 },
    '1.2': { points: 10 },
    '1.3': { a: 3, b: 4 },
    '2.1': { points: 6 },
  }), // 33,5
  unit('Z', 'Xã Zê', {
    '1.1': { points: 10 },
    '1.2': { points: 10 },
    '1.3': { a: 1, b: 4 },
    '2.1': { points: 5 },
  }), // 27,5
];

function apply(list: readonly UnitInput[], plan: ImprovementPlan): UnitInput[] {
  return list.map((u) => {
    if (u.code !== plan.unit) return u;
    const values = { ...u.values };
    for (const action of plan.actions) values[action.subIndex] = action.values!;
    return { ...u, values };
  });
}

describe('planImprovements', () => {
  it('lifts the rounded total strictly above the next level, at the least effort', () => {
    const plan = planImprovements(fw, 'S', units, 'U', { effort: { '2.1': 3, '1.3': 2 } });
    expect(plan.current).toEqual({ total: 22, percent: 44, level: 'HINH_THANH', rank: 3 });
    expect(plan.target).toEqual({
      kind: 'level',
      level: 'NANG_CAO',
      levelName: 'Nâng cao',
      abovePercent: 50,
      requiredTotal: 25.01,
    });
    expect(plan.actions.map((a) => [a.subIndex, a.from, a.to, a.points, a.totalGain, a.effort])).toEqual([
      ['1.1', 4.5, 10, 5.5, 5.5, 1],
    ]);
    expect(plan.actions[0]!.message).toBe(
      "Nâng chỉ số 1.1 'Chỉ số 1.1' từ 4,5 lên 10 điểm (+5,5); tổng điểm +5,5.",
    );
    expect(plan.actions[0]!.values).toEqual({ points: 10 });
    // 27,5 ties with Z: shared rank 2.
    expect(plan.projected).toEqual({ total: 27.5, percent: 55, level: 'NANG_CAO', rank: 2 });
    expect(plan.method).toBe('exact');
    expect(plan.message).toContain('Nâng cao: trên 50%, tổng điểm từ 25,01');
  });

  it('accounts for exclusion rescaling in the effect of each improvement', () => {
    // V: index 1 has 20 attainable points of 30, so 10 more points in 1.1 add 15 to the total.
    const plan = planImprovements(fw, 'S', units, 'V', { effort: { '2.1': 5 } });
    expect(plan.target).toMatchObject({ level: 'HINH_THANH', requiredTotal: 12.51 });
    expect(plan.actions.map((a) => [a.subIndex, a.points, a.totalGain])).toEqual([['1.1', 10, 15]]);
    expect(plan.projected.total).toBe(25);
  });

  it('reaches a target rank strictly above the unit now at that rank', () => {
    // Others: 33,5 (W), 27,5 (Z), 20 (V). Rank 2 means strictly above 27,5: +5,5 gives exactly 27,5 — not enough.
    const plan = planImprovements(fw, 'S', units, 'U', {
      targetRank: 2,
      effort: { '1.3': 1, '2.1': 9, '1.1': 1 },
    });
    expect(plan.target).toEqual({ kind: 'rank', rank: 2, allowTie: false, totalToBeat: 27.5 });
    expect(plan.actions.map((a) => a.subIndex)).toEqual(['1.3']);
    expect(plan.actions[0]).toMatchObject({ from: 2.5, to: 10, values: { a: 4, b: 4 } });
    expect(plan.projected.rank).toBe(2);
    const tie = planImprovements(fw, 'S', units, 'U', {
      targetRank: 2,
      allowTie: true,
      effort: { '1.3': 2, '2.1': 9 },
    });
    expect(tie.actions.map((a) => a.subIndex)).toEqual(['1.1']);
    expect(tie.projected.rank).toBe(2);
  });

  it('says when the unit is already there, and when the target cannot be reached', () => {
    expect(planImprovements(fw, 'S', units, 'W', { targetLevel: 'HINH_THANH' })).toMatchObject({
      alreadyReached: true,
      actions: [],
    });
    const out = planImprovements(fw, 'S', units, 'V', { targetLevel: 'DAN_DAT' });
    // All at most: 1.1, 1.2 → index 1 = 30, 2.1 = 20 → 50 = 100 %: reachable; with 2.1 capped it is not.
    expect(out.reachable).toBe(true);
    const capped: Framework = frameworkOf([
      index('1', [
        manualSub('1.1', 10),
        {
          ...manualSub('1.2', 10),
          method: { type: 'percent', input: 'p', target: 400 },
          inputs: [{ key: 'p', label: 'p', type: 'percent' }],
        },
      ]),
    ]);
    const none = planImprovements(
      capped,
      'S',
      [unit('A', 'A', { '1.1': { points: 0 }, '1.2': { p: 0 } })],
      'A',
      { targetLevel: 'NANG_CAO' },
    );
    // 1.2 can reach 10 × 100/400 = 2,5: at most 12,5/20 = 62,5 % — but Dẫn dắt is not asked; Nâng cao is reachable.
    expect(none.reachable).toBe(true);
    const never = planImprovements(
      capped,
      'S',
      [unit('A', 'A', { '1.1': { points: 0 }, '1.2': { p: 0 } })],
      'A',
      { targetLevel: 'DAN_DAT' },
    );
    expect(never).toMatchObject({ reachable: false, actions: [], projected: { total: 12.5 } });
    expect(never.message).toContain('Không thể đạt mục tiêu');
  });

  it('works from published results alone (without values)', () => {
    const plan = planImprovements(fw, 'S', scoreSet(fw, 'S', units), 'U', { effort: { '2.1': 3, '1.3': 2 } });
    expect(plan.actions.map((a) => [a.subIndex, a.points, a.values])).toEqual([['1.1', 5.5, undefined]]);
  });

  it('uses greedy selection with a prune for fractional efforts', () => {
    const plan = planImprovements(fw, 'S', units, 'U', { effort: { '1.1': 0.5, '1.3': 0.5, '2.1': 0.5 } });
    expect(plan.method).toBe('greedy');
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]!.subIndex).toBe('2.1');
  });

  it('rejects bad efforts and unknown units', () => {
    expect(() => planImprovements(fw, 'S', units, 'U', { effort: { '1.1': 0 } })).toThrow(RangeError);
    expect(() => planImprovements(fw, 'S', units, 'NOPE')).toThrow(/NOPE/);
    expect(() => planImprovements(fw, 'S', units, 'U', { targetLevel: 'NOPE' })).toThrow(/NOPE/);
  });

  it('a plan’s improvements, applied to the values and re-scored, really reach the target (property)', () => {
    fc.assert(
      fc.property(
        arbFramework.chain((f) =>
          fc.tuple(
            fc.constant(f),
            arbUnits(f, { maxUnits: 6 }),
            fc.nat(),
            fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
            fc.boolean(),
          ),
        ),
        ([f, list, pick, targetRank, allowTie]) => {
          const me = list[pick % list.length]!;
          const options = targetRank === undefined ? {} : { targetRank, allowTie };
          const plan = planImprovements(f, 'S', list, me.code, options);
          if (!plan.reachable || plan.alreadyReached) return;
          const rescored = scoreSet(f, 'S', apply(list, plan));
          const after = rescored.units.find((u) => u.code === me.code)!;
          expect(after.total).toBe(plan.projected.total);
          if (plan.target.kind === 'level') {
            const levels = f.levels.map((l) => l.code);
            expect(levels.indexOf(after.level)).toBeLessThanOrEqual(levels.indexOf(plan.target.level));
          } else {
            expect(after.rank).toBeLessThanOrEqual(plan.target.rank);
            if (!allowTie && plan.target.totalToBeat !== null)
              expect(after.total).toBeGreaterThan(plan.target.totalToBeat);
          }
          // With effort 1 each, the plan is minimal: leaving out any one action misses the target.
          for (const dropped of plan.actions) {
            const partial = { ...plan, actions: plan.actions.filter((a) => a !== dropped) };
            const r = scoreSet(f, 'S', apply(list, partial)).units.find((u) => u.code === me.code)!;
            const reached =
              plan.target.kind === 'level'
                ? f.levels.findIndex((l) => l.code === r.level) <=
                  f.levels.findIndex((l) => l.code === (plan.target as { level: string }).level)
                : r.rank <= plan.target.rank &&
                  (allowTie || plan.target.totalToBeat === null || r.total > plan.target.totalToBeat);
            expect(reached).toBe(false);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
