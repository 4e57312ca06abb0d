import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/framework-types';
import { scoreSet } from '../scoring/score-set';
import type { UnitInput } from '../scoring/values-types';
import { frameworkOf, index, manualSub, unit } from '../testing/framework-builders.fixture';
import { computeTrend, type TrendYear } from './compute-trend';

// 2022: 35 points — 1.1, 1.2 (index 1), 2.1, 2.2 (index 2). 2023: 40 points — 1.1, 1.3 continuing
// 1.2, 2.1, and a new index 3 (3.1); 2.2 is dropped. Comparable part: 30 points on both sides.
const fw2022: Framework = {
  ...frameworkOf([
    index('1', [manualSub('1.1', 10), manualSub('1.2', 10)]),
    index('2', [manualSub('2.1', 10), manualSub('2.2', 5)]),
  ]),
  id: 'LC-2644-2022',
};
const fw2023: Framework = {
  ...frameworkOf([
    index('1', [manualSub('1.1', 10), { ...manualSub('1.3', 10), replacesCodes: ['1.2'] }]),
    index('2', [manualSub('2.1', 10)]),
    index('3', [{ ...manualSub('3.1', 10), name: 'An toàn thông tin' }]),
  ]),
  id: 'LC-3019-2023',
  replaces: 'LC-2644-2022',
};

const points = (values: Record<string, number>) =>
  Object.fromEntries(Object.entries(values).map(([code, p]) => [code, { points: p }]));

function year(y: number, fw: Framework, units: UnitInput[]): TrendYear {
  return { year: y, framework: fw, results: scoreSet(fw, 'S', units) };
}

const y2022 = year(2022, fw2022, [
  unit('X', 'Xã Xuân', points({ '1.1': 5, '1.2': 10, '2.1': 3, '2.2': 5 })),
  unit('A', 'Xã An', points({ '1.1': 10, '1.2': 10, '2.1': 10, '2.2': 0 })),
  unit('B', 'Xã Bình', points({ '1.1': 0, '1.2': 0, '2.1': 3, '2.2': 0 })),
]);
const y2023 = year(2023, fw2023, [
  unit('X', 'Xã Xuân', points({ '1.1': 8, '1.3': 10, '2.1': 6, '3.1': 0 })),
  unit('M', 'Xã Minh', points({ '1.1': 5, '1.3': 5, '2.1': 5, '3.1': 10 })),
]);

describe('computeTrend', () => {
  it('compares only the comparable part, on percent of its attainable maximum', () => {
    const trend = computeTrend({ unitCode: 'X', years: [y2023, y2022] });
    expect(trend.notes).toEqual([]);
    const [step] = trend.steps;
    // headline: 23/35 = 65,71 % → 24/40 = 60 %; comparable: 18/30 = 60 % → 24/30 = 80 %.
    expect(step!.headline).toEqual({ from: 65.71, to: 60, change: -5.71 });
    expect(step!.comparable).toEqual({
      from: 60,
      to: 80,
      change: 20,
      subIndexCount: 3,
      maxFrom: 30,
      maxTo: 30,
    });
    expect(step!.indices).toEqual([
      { code: '1', name: 'Chỉ số chính 1', subIndexCount: 2, from: 75, to: 90, change: 15 },
      { code: '2', name: 'Chỉ số chính 2', subIndexCount: 1, from: 30, to: 60, change: 30 },
    ]);
    expect(step!.newSubIndices).toEqual([{ code: '3.1', name: 'An toàn thông tin', maxPoints: 10 }]);
    expect(step!.droppedSubIndices).toEqual([{ code: '2.2', name: 'Chỉ số 2.2', maxPoints: 5 }]);
    expect(step!.notes).toEqual([
      'Thang điểm đổi từ 35 điểm (LC-2644-2022) sang 40 điểm (LC-3019-2023): so sánh theo tỉ lệ phần trăm điểm tối đa.',
      'Năm 2023 có 1 chỉ số thành phần mới (3.1; 10 điểm) không có ở năm 2022: không tính vào phần so sánh.',
      '1 chỉ số thành phần của năm 2022 (2.2; 5 điểm) không còn ở năm 2023: không tính vào phần so sánh.',
      'Trên phần so sánh được (3 chỉ số thành phần; 30/35 điểm năm 2022, 30/40 điểm năm 2023) tỉ lệ đạt từ 60% lên 80% (+20 điểm phần trăm).',
      'Tổng điểm công bố: 65,71% → 60% (-5,71 điểm phần trăm), gồm cả phần không so sánh được.',
    ]);
  });

  it('follows a merged unit through its lineage, averaging the predecessors’ percents', () => {
    const trend = computeTrend({ unitCode: 'M', years: [y2022, y2023], lineage: { M: ['A', 'B'] } });
    const step = trend.steps[0]!;
    expect(step.fromUnits).toEqual(['A', 'B']);
    // comparable: A 30/30 = 100 %, B 3/30 = 10 % → 55 %; M 15/30 = 50 %. Headline: A 30/35, B 3/35 → 47,14 %.
    expect(step.comparable).toMatchObject({ from: 55, to: 50, change: -5 });
    expect(step.headline).toEqual({ from: 47.14, to: 62.5, change: 15.36 });
    expect(step.notes[0]).toBe(
      'Đơn vị M năm 2023 được so với trung bình (tỉ lệ phần trăm) của các đơn vị tiền thân A, B năm 2022 theo quan hệ kế thừa (sáp nhập, chia tách hoặc đổi mã).',
    );
    expect(step.notes).toContain(
      'Trên phần so sánh được (3 chỉ số thành phần; 30/35 điểm năm 2022, 30/40 điểm năm 2023) tỉ lệ đạt từ 55% xuống 50% (-5 điểm phần trăm).',
    );
  });

  it('compares each year on the codes that stood for the unit that year when they are given', () => {
    // As if X and A formed M between 2022 and 2023: the 2022 side is X and A, whatever the map says.
    const trend = computeTrend({
      unitCode: 'M',
      years: [y2022, y2023],
      lineage: { M: ['A', 'B'] },
      codesByYear: { 2022: ['X', 'A'] },
    });
    expect(trend.steps[0]!.fromUnits).toEqual(['X', 'A']);
    expect(trend.steps[0]!.toUnits).toEqual(['M']);
  });

  it('says so when the unit has no results in a year', () => {
    const trend = computeTrend({ unitCode: 'M', years: [y2022, y2023] });
    expect(trend.steps).toEqual([]);
    expect(trend.notes).toEqual([
      'Không có kết quả của đơn vị M (hoặc đơn vị tiền thân) năm 2022: không so sánh được 2022–2023.',
    ]);
  });

  it('leaves excluded sub-indices out of the attainable maximum', () => {
    const f = frameworkOf([
      index('1', [
        manualSub('1.1', 10),
        {
          ...manualSub('1.2', 10),
          method: { type: 'ratio', numerator: 'a', denominator: 'b' },
          inputs: [
            { key: 'a', label: 'a', type: 'integer' },
            { key: 'b', label: 'b', type: 'integer' },
          ],
        },
      ]),
    ]);
    const y1 = year(2022, f, [unit('X', 'X', { '1.1': { points: 5 }, '1.2': { a: 0, b: 0 } })]);
    const y2 = year(2023, f, [unit('X', 'X', { '1.1': { points: 5 }, '1.2': { a: 1, b: 2 } })]);
    const step = computeTrend({ unitCode: 'X', years: [y1, y2] }).steps[0]!;
    // 2022: 5/10 (1.2 excluded) = 50 %; 2023: 10/20 = 50 %.
    expect(step.comparable).toMatchObject({ from: 50, to: 50, change: 0 });
    expect(step.newSubIndices).toEqual([]);
  });

  it('rejects a year given twice', () => {
    expect(() => computeTrend({ unitCode: 'X', years: [y2022, y2022] })).toThrow(/2022/);
  });
});
