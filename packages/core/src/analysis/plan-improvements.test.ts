import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/framework-types';
import { scoreSet } from '../scoring/score-set';
import type { UnitInput } from '../scoring/values-types';
import {
  frameworkOf,
  index,
  manualSub,
  ratioSub,
  singleInputSub,
  unit,
} from '../testing/framework-builders.fixture';
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
  it('lifts the rounded total strictly above the next level, at the least effort, only as far as needed', () => {
    const plan = planImprovements(fw, 'S', units, 'U', { effort: { '2.1': 3, '1.3': 2 } });
    expect(plan.current).toEqual({ total: 22, percent: 44, level: 'HINH_THANH', rank: 3 });
    expect(plan.target).toEqual({
      kind: 'level',
      level: 'NANG_CAO',
      levelName: 'Nâng cao',
      abovePercent: 50,
      requiredTotal: 25.01,
    });
    // 25,01 needs 3,01 more points: 1.1 goes from 4,5 to 7,51, not to its maximum of 10.
    expect(plan.actions.map((a) => [a.subIndex, a.from, a.to, a.points, a.partial, a.effort])).toEqual([
      ['1.1', 4.5, 7.51, 3.01, true, 1],
    ]);
    expect(plan.actions[0]!.totalGain).toBeCloseTo(3.01, 10);
    expect(plan.actions[0]!.message).toBe(
      "Nâng chỉ số 1.1 'Chỉ số 1.1' từ 4,5 lên 7,51 điểm (+3,01, vừa đủ cho mục tiêu, chưa cần tối đa 10); tổng điểm +3,01.",
    );
    expect(plan.actions[0]!.values).toEqual({ points: 7.51 });
    expect(plan.projected).toEqual({ total: 25.01, percent: 50.02, level: 'NANG_CAO', rank: 3 });
    expect(plan.method).toBe('exact');
    expect(plan.message).toContain('Nâng cao: trên 50%, tổng điểm từ 25,01');
  });

  it('accounts for exclusion rescaling in the effect of each improvement', () => {
    // V: index 1 has 20 attainable points of 30, so each point in 1.1 adds 1,5 to the total:
    // 2,51 more is reached with 1,67 points (1,67 × 1,5 = 2,505 → 12,51).
    const plan = planImprovements(fw, 'S', units, 'V', { effort: { '2.1': 5 } });
    expect(plan.target).toMatchObject({ level: 'HINH_THANH', requiredTotal: 12.51 });
    expect(plan.actions.map((a) => [a.subIndex, a.points, a.partial])).toEqual([['1.1', 1.67, true]]);
    expect(plan.actions[0]!.totalGain).toBeCloseTo(2.505, 10);
    expect(plan.projected.total).toBe(12.51);
  });

  it('reaches a target rank strictly above the unit now at that rank', () => {
    // Others: 33,5 (W), 27,5 (Z), 20 (V). Rank 2 means strictly above 27,5: +5,5 gives exactly 27,5 — not enough.
    const plan = planImprovements(fw, 'S', units, 'U', {
      targetRank: 2,
      effort: { '1.3': 1, '2.1': 9, '1.1': 1 },
    });
    expect(plan.target).toEqual({ kind: 'rank', rank: 2, allowTie: false, totalToBeat: 27.5 });
    expect(plan.actions.map((a) => a.subIndex)).toEqual(['1.3']);
    // 27,5 to beat needs 1.3 above 8 points of 10: a/b = 4/4 (a is an integer), so no partial raise.
    expect(plan.actions[0]).toMatchObject({ from: 2.5, to: 10, partial: false, values: { a: 4, b: 4 } });
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

  it('raises a rate, a step, a count or a choice only to the value the target needs', () => {
    // 20 points; A has 2 + 7 = 9 (45 %); above 50 % needs 10,01, i.e. 1.1 at 3,01 points or more.
    const rate = frameworkOf([index('1', [ratioSub('1.1', 10), manualSub('1.2', 10)])]);
    const a = [unit('A', 'An', { '1.1': { a: 2, b: 10 }, '1.2': { points: 7 } })];
    const byRate = planImprovements(rate, 'S', a, 'A', { effort: { '1.2': 5 } });
    // a is an integer: 4 of 10 (4 points) is the least that is enough; 3 of 10 gives 10 = 50 %, not above.
    expect(byRate.actions.map((x) => [x.subIndex, x.to, x.partial, x.values])).toEqual([
      ['1.1', 4, true, { a: 4, b: 10 }],
    ]);
    expect(byRate.projected).toMatchObject({ total: 11, percent: 55, level: 'NANG_CAO' });
    const others = (sub: ReturnType<typeof singleInputSub>) =>
      frameworkOf([index('1', [sub, manualSub('1.2', 10)])]);
    const steps = others(
      singleInputSub('1.1', 10, {
        type: 'steps',
        input: 'v',
        steps: [
          { atLeast: 10, points: 10 },
          { atLeast: 5, points: 6 },
          { atLeast: 2, points: 3 },
        ],
      }),
    );
    const b = [unit('B', 'Bình', { '1.1': { v: 0 }, '1.2': { points: 7 } })];
    expect(
      planImprovements(steps, 'S', b, 'B', { effort: { '1.2': 5 } }).actions.map((x) => [x.to, x.values]),
    ).toEqual([[6, { v: 5 }]]);
    const count = others(singleInputSub('1.1', 10, { type: 'count', input: 'v', pointsEach: 2 }, 'integer'));
    const c = [unit('C', 'Cốc', { '1.1': { v: 1 }, '1.2': { points: 7 } })];
    // 2 + 7 = 9; 4 × 2 = 8 points gives 15 = 75 %: above 50 % needs 3,01 points, so 2 units (4 points).
    expect(
      planImprovements(count, 'S', c, 'C', { effort: { '1.2': 5 } }).actions.map((x) => [x.to, x.values]),
    ).toEqual([[4, { v: 2 }]]);
    const choice = frameworkOf([
      index('1', [
        {
          code: '1.1',
          name: 'Chỉ số 1.1',
          maxPoints: 10,
          inputs: [{ key: 'v', label: 'Mức', type: 'choice' }],
          method: {
            type: 'choice',
            input: 'v',
            options: [
              { value: 'cao', label: 'Cao', fraction: 1 },
              { value: 'vua', label: 'Vừa', fraction: 0.5 },
              { value: 'thap', label: 'Thấp', fraction: 0 },
            ],
          },
        },
        manualSub('1.2', 10),
      ]),
    ]);
    const d = [unit('D', 'Dương', { '1.1': { v: 'thap' }, '1.2': { points: 7 } })];
    expect(
      planImprovements(choice, 'S', d, 'D', { effort: { '1.2': 5 } }).actions.map((x) => [x.to, x.values]),
    ).toEqual([[5, { v: 'vua' }]]);
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
          // Each action's values score what it says, never above the maximum; a partial one stays below it.
          const step = 10 ** -f.rankPrecision;
          for (const action of plan.actions) {
            const scored = after.subIndices[action.subIndex]!;
            expect(Math.abs(scored.points - action.to)).toBeLessThanOrEqual(step);
            expect(action.to).toBeLessThanOrEqual(scored.max);
            if (action.partial) expect(action.to).toBeLessThan(scored.max);
          }
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
