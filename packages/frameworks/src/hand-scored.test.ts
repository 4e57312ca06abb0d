// One unit per shipped set scored by hand (issue 16 item 3). The golden files are the code's own
// output; these figures are not: they are added up below from the framework tables and the rules of
// framework-format.md ("Aggregation"), as score-set.test.ts does for the mini framework.
//
// The unit, in every set: every sub-index of main index 1 at its best (index 1 = its maximum); in
// every other main index only the first sub-index X.1 is filled, the rest missing (0 points, still
// counted in the maximum, so nothing is rescaled):
//   - X.1 a rate → a/b at half its target (a = target × 100, b = 200): half its points;
//   - X.1 a percent → p = target / 2: half its points;
//   - X.1 yes/no or a choice → true, or the best option: all its points.
// Total = index 1's maximum + Σ X.1 as above; percent = total / set maximum; level > 75/50/25 %.
import { scoreValues, type Framework, type SubIndex, type UnitValues } from '@dti/core';
import { describe, expect, it } from 'vitest';
import { readBuiltinFramework } from './index';

/** Values that earn all of a sub-index's points (one unit alone: a relative item is its own best). */
function best(sub: SubIndex): Record<string, unknown> | undefined {
  const m = sub.method;
  switch (m.type) {
    case 'boolean':
      return { [m.input]: true };
    case 'ratio':
      return { [m.numerator]: 1, [m.denominator]: 1 };
    case 'percent':
      return { [m.input]: 100 };
    case 'steps':
      return { [m.input]: m.steps[0]!.atLeast };
    case 'choice':
      return { [m.input]: [...m.options].sort((a, b) => b.fraction - a.fraction)[0]!.value };
    case 'parts':
      return Object.fromEntries(m.parts.map((p) => [p.input, true]));
    case 'count':
      return { [m.input]: Math.ceil(sub.maxPoints / m.pointsEach) };
    case 'relative':
      return { [m.input]: 1 };
    case 'manual':
      return { points: sub.maxPoints };
    case 'none':
      return undefined;
  }
}

/** Values that earn half of a rate's or a percent's points; all of a yes/no's or a choice's. */
function firstOfIndex(sub: SubIndex): Record<string, unknown> {
  const m = sub.method;
  if (m.type === 'ratio') return { [m.numerator]: Math.round((m.target ?? 1) * 100), [m.denominator]: 200 };
  if (m.type === 'percent') return { [m.input]: (m.target ?? 100) / 2 };
  if (m.type === 'boolean' || m.type === 'choice') return best(sub)!;
  throw new Error(`${sub.code}: no hand rule for ${m.type}`);
}

function handUnit(framework: Framework, setId: string): UnitValues {
  const set = framework.sets.find((s) => s.id === setId)!;
  const values: UnitValues = {};
  set.indices.forEach((index, i) => {
    const subs = i === 0 ? index.subIndices : index.subIndices.slice(0, 1);
    for (const sub of subs) {
      const v = i === 0 ? best(sub) : firstOfIndex(sub);
      if (v) values[sub.code] = v as UnitValues[string];
    }
  });
  return values;
}

/** The figures worked out by hand for one set. */
interface Expected {
  set: string;
  indices: Record<string, number>;
  total: number;
  percent: number;
  level: string;
}

// Points of X.1 from the tables (data/*.json): 2644 TINH_CO_TTHC 2.1 choice 20, 3.1 rate 25, 4.1 rate
// 25, 5.1 yes/no 20, 6.1 rate 60 → 100 + 20 + 12.5 + 12.5 + 20 + 30 = 195 of 1000.
const CASES: Record<string, Expected[]> = {
  'LC-2644-2022': [
    {
      set: 'TINH_CO_TTHC',
      indices: { '1': 100, '2': 20, '3': 12.5, '4': 12.5, '5': 20, '6': 30 },
      total: 195,
      percent: 19.5,
      level: 'KHOI_DONG',
    },
    // The same items on a 750-point set: 195 / 750 = 26 % — above 25 %: Hình thành.
    {
      set: 'TINH_KHONG_TTHC',
      indices: { '1': 100, '2': 20, '3': 12.5, '4': 12.5, '5': 20, '6': 30 },
      total: 195,
      percent: 26,
      level: 'HINH_THANH',
    },
    // 2.1 yes/no 15, 3.1 rate 15, 4.1 rate 15, 5.1 yes/no 20, 6.1 rate 10, 7.1 rate 20, 8.1 percent 20.
    {
      set: 'HUYEN',
      indices: { '1': 100, '2': 15, '3': 7.5, '4': 7.5, '5': 20, '6': 5, '7': 10, '8': 10 },
      total: 175,
      percent: 17.5,
      level: 'KHOI_DONG',
    },
    // 2.1 choice 25, 3.1 rate 25, 4.1 rate 25, 5.1 yes/no 25, 6.1 rate 70.
    {
      set: 'CQ_HUYEN',
      indices: { '1': 100, '2': 25, '3': 12.5, '4': 12.5, '5': 25, '6': 35 },
      total: 210,
      percent: 21,
      level: 'KHOI_DONG',
    },
    // 2.1 yes/no 15, 3.1 rate 15, 4.1 rate 15, 5.1 yes/no 20, 6.1 rate 12, 7.1 rate 20, 8.1 percent 20.
    {
      set: 'XA',
      indices: { '1': 100, '2': 15, '3': 7.5, '4': 7.5, '5': 20, '6': 6, '7': 10, '8': 10 },
      total: 176,
      percent: 17.6,
      level: 'KHOI_DONG',
    },
  ],
  'LC-3019-2023': [
    // 2.1 choice 20, 3.1 rate 20, 4.1 rate 25, 5.1 yes/no 15, 6.1 rate 40 (target 50 %: a/b = 25 %).
    {
      set: 'TINH_CO_TTHC',
      indices: { '1': 100, '2': 20, '3': 10, '4': 12.5, '5': 15, '6': 20 },
      total: 177.5,
      percent: 17.75,
      level: 'KHOI_DONG',
    },
    // Same items, 800 points: 177.5 / 800 = 22.1875 % → 22.19.
    {
      set: 'TINH_KHONG_TTHC',
      indices: { '1': 100, '2': 20, '3': 10, '4': 12.5, '5': 15, '6': 20 },
      total: 177.5,
      percent: 22.19,
      level: 'KHOI_DONG',
    },
    // 2.1 yes/no 10, 3.1 rate 6, 4.1 rate 10, 5.1 yes/no 8, 6.1 rate 8, 7.1 rate 12, 8.1 percent 12.
    {
      set: 'HUYEN',
      indices: { '1': 100, '2': 10, '3': 3, '4': 5, '5': 8, '6': 4, '7': 6, '8': 6 },
      total: 142,
      percent: 14.2,
      level: 'KHOI_DONG',
    },
    // 2.1 choice 20, 3.1 rate 20, 4.1 rate 25, 5.1 yes/no 15, 6.1 rate 40.
    {
      set: 'CQ_HUYEN',
      indices: { '1': 100, '2': 20, '3': 10, '4': 12.5, '5': 15, '6': 20 },
      total: 177.5,
      percent: 17.75,
      level: 'KHOI_DONG',
    },
    // 2.1 yes/no 15, 3.1 rate 10, 4.1 rate 15, 5.1 yes/no 10, 6.1 rate 10, 7.1 rate 13, 8.1 percent 15.
    {
      set: 'XA',
      indices: { '1': 100, '2': 15, '3': 5, '4': 7.5, '5': 10, '6': 5, '7': 6.5, '8': 7.5 },
      total: 156.5,
      percent: 15.65,
      level: 'KHOI_DONG',
    },
  ],
};

for (const [id, cases] of Object.entries(CASES)) {
  const framework = readBuiltinFramework(id) as Framework;
  describe(`${id}: one unit per set scored by hand`, () => {
    it('covers every set of the framework', () => {
      expect(cases.map((c) => c.set).sort()).toEqual(framework.sets.map((s) => s.id).sort());
    });
    for (const expected of cases) {
      it(`${expected.set}: ${expected.total} points, ${expected.percent} %`, () => {
        const outcome = scoreValues(framework, {
          framework: id,
          set: expected.set,
          units: [{ code: 'T', name: 'Đơn vị tính tay', values: handUnit(framework, expected.set) }],
        });
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems.slice(0, 3)));
        const [unit] = outcome.results.units;
        const indices = Object.fromEntries(Object.entries(unit!.indices).map(([code, s]) => [code, s.score]));
        expect(indices).toEqual(expected.indices);
        expect(unit).toMatchObject({
          total: expected.total,
          percent: expected.percent,
          level: expected.level,
        });
      });
    }
  });
}
