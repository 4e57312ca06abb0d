import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SubIndex } from '../framework/framework-types';
import { scoreSet } from '../scoring/score-set';
import { frameworkOf, index, manualSub, ratioSub, unit } from '../testing/framework-builders.fixture';
import { findStrengths } from './find-strengths';

const yesNo: SubIndex = {
  code: '1.2',
  name: 'Có kế hoạch',
  maxPoints: 10,
  inputs: [{ key: 'ok', label: 'Có', type: 'boolean' }],
  method: { type: 'boolean', input: 'ok' },
};
const fw = frameworkOf([index('1', [manualSub('1.1', 10), yesNo]), index('2', [manualSub('2.1', 20)])]);
// 1.1 percents 100, 50, 40, 30, 20, 10 (average 41,67); 1.2 yes for U1, U3, U5;
// index 1 percents 100, 25, 70, 15, 60, 5 (average 45,83); 2.1 only U1 above 0.
const rows: [string, string, number, boolean, number][] = [
  ['U1', 'Xã An', 10, true, 20],
  ['U2', 'Xã Bình', 5, false, 0],
  ['U3', 'Xã Cốc', 4, true, 0],
  ['U4', 'Xã Dền', 3, false, 0],
  ['U5', 'Xã Đông', 2, true, 0],
  ['U6', 'Xã Gia', 1, false, 0],
];
const results = scoreSet(
  fw,
  'S',
  rows.map(([code, name, p11, ok, p21]) =>
    unit(
      code,
      name,
      { '1.1': { points: p11 }, '1.2': { ok }, '2.1': { points: p21 } },
      code < 'U4' ? 'A' : 'B',
    ),
  ),
);

describe('findStrengths', () => {
  it('finds the strengths of the best unit, with hand-computed figures', () => {
    const report = findStrengths(results, 'U1', fw);
    expect(report.groupSize).toBe(6);
    expect(report.weaknesses).toEqual([]);
    expect(report.strengths.map((s) => [s.code, s.kind, s.rank, s.percentile])).toEqual([
      ['1.1', 'subIndex', 1, 100],
      ['1', 'index', 1, 100],
    ]);
    const [sub, main] = report.strengths;
    expect(sub!.gap).toBeCloseTo(100 - 250 / 6, 9);
    expect(main!.gap).toBeCloseTo(100 - 275 / 6, 9);
    expect(sub!.explanation).toBe(
      'Cao hơn trung bình nhóm 58,3 điểm phần trăm; xếp thứ 1/6 (đạt 100% điểm tối đa, trung bình nhóm 41,7%).',
    );
    expect(report.skipped).toEqual([
      { code: '1.2', reason: 'boolean' },
      { code: '2', reason: 'mostly_zero' },
      { code: '2.1', reason: 'mostly_zero' },
    ]);
  });

  it('finds the weaknesses of the weakest unit', () => {
    const report = findStrengths(results, 'U6', fw);
    expect(report.strengths).toEqual([]);
    expect(report.weaknesses.map((w) => [w.code, w.rank, w.percentile])).toEqual([
      ['1', 6, 0],
      ['1.1', 6, 0],
    ]);
    expect(report.weaknesses[0]!.explanation).toBe(
      'Thấp hơn trung bình nhóm 40,8 điểm phần trăm; xếp thứ 6/6 (đạt 5% điểm tối đa, trung bình nhóm 45,8%).',
    );
  });

  it('judges each item on its own: U3 is middling on 1.1 (40 %) but second on index 1 (70 %)', () => {
    const report = findStrengths(results, 'U3', fw);
    // index 1: 4 of 5 others below → percentile 80; gap 70 − 45,83 = 24,17.
    expect(report.strengths.map((s) => [s.code, s.rank, s.percentile])).toEqual([['1', 2, 80]]);
    expect(report.strengths[0]!.gap).toBeCloseTo(70 - 275 / 6, 9);
    expect(report.weaknesses).toEqual([]);
  });

  it('compares within the unit’s group on request, and skips groups too small', () => {
    const report = findStrengths(results, 'U1', fw, { withinGroup: true });
    expect(report.scope).toBe('group');
    expect(report.groupSize).toBe(3);
    expect(report.strengths).toEqual([]);
    expect(report.skipped).toContainEqual({ code: '1.1', reason: 'small_group' });
    const loose = findStrengths(results, 'U1', fw, { withinGroup: true, minGroupSize: 3 });
    // 1.1 in group A: 100, 50, 40 → average 63,33, gap 36,67, percentile 100.
    expect(loose.strengths.map((s) => [s.code, s.rank, s.groupSize])).toContainEqual(['1.1', 1, 3]);
  });

  it('leaves out an item the unit shares with most of its group, and items excluded for it', () => {
    const f = frameworkOf([index('1', [manualSub('1.1', 10), ratioSub('1.2', 10)])]);
    const units = ['A', 'B', 'C', 'D', 'E', 'F'].map((c, i) =>
      unit(c, `Xã ${c}`, {
        '1.1': { points: i === 5 ? 0 : 10 },
        '1.2': i === 0 ? { a: 0, b: 0 } : { a: i, b: 5 },
      }),
    );
    const r = scoreSet(f, 'S', units);
    const report = findStrengths(r, 'A', f);
    expect(report.skipped).toContainEqual({ code: '1.1', reason: 'shared_value' });
    expect(report.skipped).toContainEqual({ code: '1.2', reason: 'excluded' });
    expect(findStrengths(r, 'F', f).weaknesses.map((w) => w.code)).toContain('1.1');
  });

  it('throws on an unknown unit', () => {
    expect(() => findStrengths(results, 'NOPE', fw)).toThrow(/NOPE/);
  });

  it('never calls a strength an item the unit shares at the minimum with most of its group (property)', () => {
    const f = frameworkOf([
      index('1', [manualSub('1.1', 10), manualSub('1.2', 10)]),
      index('2', [manualSub('2.1', 10)]),
    ]);
    const point = fc.constantFrom(0, 2.5, 5, 7.5, 10);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(point, point, point), { minLength: 2, maxLength: 25 }),
        fc.record({ maxZeroShare: fc.constantFrom(0.6, 1.01), maxTieShare: fc.constantFrom(0.5, 1.01) }),
        (list, options) => {
          const units = list.map(([a, b, c], i) =>
            unit(`U${i}`, `Xã ${i}`, { '1.1': { points: a }, '1.2': { points: b }, '2.1': { points: c } }),
          );
          const r = scoreSet(f, 'S', units);
          const codes = ['1', '2', '1.1', '1.2', '2.1'];
          const percent = (u: (typeof r.units)[number], code: string) =>
            code.includes('.')
              ? u.subIndices[code]!.points
              : (u.indices[code]!.score / u.indices[code]!.max) * 100;
          for (const me of r.units) {
            const report = findStrengths(r, me.code, f, { ...options, minGroupSize: 2 });
            for (const code of codes) {
              const all = r.units.map((u) => percent(u, code));
              const min = Math.min(...all);
              const atMin = all.filter((v) => Math.abs(v - min) < 1e-9).length;
              if (Math.abs(percent(me, code) - min) < 1e-9 && atMin * 2 > all.length) {
                expect(report.strengths.map((s) => s.code)).not.toContain(code);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
