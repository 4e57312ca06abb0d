// Aggregation (framework-format.md, "Aggregation") and the results shape (scoring-io.md): every
// expected figure below is worked out by hand from the spec.
import { describe, expect, it } from 'vitest';
import type { Framework } from '../framework/framework-types';
import { buildMiniFramework } from '../testing/mini-framework.fixture';
import {
  frameworkOf,
  index,
  manualSub,
  manualUnit,
  ratioSub,
  singleManualFramework,
  unit,
} from '../testing/framework-builders.fixture';
import { scoreValues } from './score-values';
import type { SetResults, UnitInput, UnitResult } from './values-types';

/** Validates and scores; fails the test if the values are rejected. */
function score(framework: Framework, units: UnitInput[], setId?: string): SetResults {
  const outcome = scoreValues(framework, {
    framework: framework.id,
    set: setId ?? framework.sets[0]!.id,
    units,
  });
  if (!outcome.ok) throw new Error(`values rejected: ${JSON.stringify(outcome.problems)}`);
  return outcome.results;
}

function byCode(results: SetResults, code: string): UnitResult {
  const found = results.units.find((u) => u.code === code);
  if (!found) throw new Error(`no unit ${code}`);
  return found;
}

// Mini framework (max 100): index 1 (40: 1.1 boolean 10, 1.2 steps 10, 1.3 choice 10, 1.4 parts 10;
// pillars CQS, KTS), index 2 (30: 2.1 ratio target 0.8 10, 2.2 percent 10, 2.3 manual 5, 2.4 count
// 0.5 each 5, 2.5 none 0; CQS), index 3 (30: 3.1 ratio 20, 3.2 relative 10; KTS).
const unitA = unit('A01', 'Xã Một', {
  '1.1': { hasPlan: false }, // 0
  '1.2': { meetings: 3 }, // 7.5
  '1.3': { chair: 'PHO_CHU_TICH' }, // 5
  '1.4': { web: true, radio: false, social: true }, // 7.5      → index 1 = 20
  '2.1': { a: 4, b: 10 }, // 0.4 / 0.8 × 10 = 5
  '2.2': { p: 35 }, // 3.5
  '2.3': { points: 2.5 }, // 2.5
  '2.4': { n: 3 }, // 1.5
  '2.5': { pcs: 7 }, // not scored                              → index 2 = 12.5
  '3.1': { a: 1, b: 4 }, // 1/4 × 20 = 5
  '3.2': { tx: 50 }, // 50 / 200 × 10 = 2.5                     → index 3 = 7.5
}); // total 40
const unitB = unit('B02', 'Xã Hai', {
  '1.1': { hasPlan: true }, // 10
  '1.2': { meetings: 10 }, // 10
  '1.3': { chair: 'KHAC' }, // 0
  // 1.4 missing: 0                                              → index 1 = 20
  '2.1': { a: 0, b: 0 }, // excluded (default)
  '2.2': { p: 50 }, // 5
  // 2.3 missing
  '2.4': { n: 20 }, // 10 × 0.5 capped at 5
  // 2.5 missing                                                 → index 2 = 10 / 20 × 30 = 15
  '3.1': { a: 0, b: 0 }, // excluded
  '3.2': { tx: 200 }, // best: 10                                → index 3 = 10 / 10 × 30 = 30
}); // total 65

describe('the mini framework, two units worked by hand', () => {
  const results = score(buildMiniFramework(), [unitA, unitB]);
  const a = byCode(results, 'A01');
  const b = byCode(results, 'B02');

  it('has the header of scoring-io.md', () => {
    expect(results).toMatchObject({
      framework: 'TEST-1',
      provenance: 'reconstructed',
      set: 'XA',
      maxPoints: 100,
    });
  });

  it('scores every sub-index of unit A', () => {
    expect(a.subIndices).toEqual({
      '1.1': { points: 0, max: 10, status: 'scored' },
      '1.2': { points: 7.5, max: 10, status: 'scored' },
      '1.3': { points: 5, max: 10, status: 'scored' },
      '1.4': { points: 7.5, max: 10, status: 'scored' },
      '2.1': { points: 5, max: 10, status: 'scored' },
      '2.2': { points: 3.5, max: 10, status: 'scored' },
      '2.3': { points: 2.5, max: 5, status: 'scored' },
      '2.4': { points: 1.5, max: 5, status: 'scored' },
      '2.5': expect.objectContaining({ points: 0, max: 0 }) as unknown,
      '3.1': { points: 5, max: 20, status: 'scored' },
      '3.2': { points: 2.5, max: 10, status: 'scored' },
    });
  });

  it('sums indices, pillars and total of unit A', () => {
    expect(a.indices['1']).toMatchObject({ score: 20, max: 40 });
    expect(a.indices['2']).toMatchObject({ score: 12.5, max: 30 });
    expect(a.indices['3']).toMatchObject({ score: 7.5, max: 30 });
    // CQS = indices 1 + 2 = 32.5 of 70; KTS = indices 1 + 3 = 27.5 of 70
    expect(a.pillars['CQS']).toMatchObject({ score: 32.5, max: 70 });
    expect(a.pillars['KTS']).toMatchObject({ score: 27.5, max: 70 });
    expect(a.total).toBe(40);
    expect(a.totalExact).toBeCloseTo(40, 9);
    expect(a.percent).toBe(40);
    expect(a.level).toBe('HINH_THANH');
  });

  it('rescales unit B: missing scores 0, excluded leaves the attainable maximum', () => {
    expect(b.subIndices['1.4']).toEqual({ points: 0, max: 10, status: 'missing' });
    expect(b.subIndices['2.1']).toEqual({ points: 0, max: 10, status: 'excluded' });
    expect(b.subIndices['2.3']).toEqual({ points: 0, max: 5, status: 'missing' });
    expect(b.subIndices['2.4']).toEqual({ points: 5, max: 5, status: 'scored' });
    expect(b.subIndices['3.1']).toEqual({ points: 0, max: 20, status: 'excluded' });
    expect(b.subIndices['3.2']).toEqual({ points: 10, max: 10, status: 'scored' });
    expect(b.indices['1']).toMatchObject({ score: 20, max: 40 });
    expect(b.indices['2']).toMatchObject({ score: 15, max: 30 });
    expect(b.indices['3']).toMatchObject({ score: 30, max: 30 });
    expect(b.pillars['CQS']).toMatchObject({ score: 35, max: 70 });
    expect(b.pillars['KTS']).toMatchObject({ score: 50, max: 70 });
    expect(b.total).toBe(65);
    expect(b.percent).toBe(65);
    expect(b.level).toBe('NANG_CAO');
  });

  it('ranks by total, best first', () => {
    expect(results.units.map((u) => [u.code, u.rank])).toEqual([
      ['B02', 1],
      ['A01', 2],
    ]);
    expect(a.groupRank).toBeUndefined();
  });

  it('a unit with no values scores 0, every sub-index missing', () => {
    const empty = byCode(score(buildMiniFramework(), [unit('E', 'Xã Trống', {})]), 'E');
    expect(empty.total).toBe(0);
    expect(empty.percent).toBe(0);
    expect(empty.level).toBe('KHOI_DONG');
    for (const code of ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2']) {
      expect(empty.subIndices[code]).toMatchObject({ points: 0, status: 'missing' });
    }
  });

  it('a full-marks unit scores 100 and reaches Dẫn dắt', () => {
    const full = unit('F', 'Xã Đủ', {
      '1.1': { hasPlan: true },
      '1.2': { meetings: 4 },
      '1.3': { chair: 'CHU_TICH' },
      '1.4': { web: true, radio: true, social: true },
      '2.1': { a: 8, b: 10 },
      '2.2': { p: 100 },
      '2.3': { points: 5 },
      '2.4': { n: 10 },
      '3.1': { a: 5, b: 5 },
      '3.2': { tx: 1 },
    });
    const r = byCode(score(buildMiniFramework(), [full]), 'F');
    expect(r.total).toBe(100);
    expect(r.percent).toBe(100);
    expect(r.level).toBe('DAN_DAT');
  });
});

describe('none sub-indices are never counted', () => {
  it('a none value adds nothing to the total', () => {
    const r = score(buildMiniFramework(), [unit('N', 'Xã N', { '2.5': { pcs: 1000 } })]);
    expect(r.units[0]!.total).toBe(0);
    expect(r.units[0]!.subIndices['2.5']).toMatchObject({ points: 0, max: 0 });
    expect(r.units[0]!.indices['2']).toMatchObject({ score: 0, max: 30 });
  });
});

describe('relative: against the best unit of the file', () => {
  it('max × value / best', () => {
    const r = score(buildMiniFramework(), [
      unit('1', 'Xã Một', { '3.2': { tx: 0 } }),
      unit('2', 'Xã Hai', { '3.2': { tx: 50 } }),
      unit('3', 'Xã Ba', { '3.2': { tx: 200 } }),
      unit('4', 'Xã Bốn', { '3.2': { tx: 120 } }),
    ]);
    expect(byCode(r, '1').subIndices['3.2']!.points).toBe(0);
    expect(byCode(r, '2').subIndices['3.2']!.points).toBe(2.5);
    expect(byCode(r, '3').subIndices['3.2']!.points).toBe(10);
    expect(byCode(r, '4').subIndices['3.2']!.points).toBe(6);
  });

  it('the best of the file, not of the group', () => {
    const r = score(buildMiniFramework(), [
      unit('1', 'Xã Một', { '3.2': { tx: 100 } }, 'G1'),
      unit('2', 'Xã Hai', { '3.2': { tx: 400 } }, 'G2'),
    ]);
    // best of the file is 400: 100 / 400 × 10 = 2.5
    expect(byCode(r, '1').subIndices['3.2']!.points).toBe(2.5);
  });

  it('0 for everyone when the best is 0', () => {
    const r = score(buildMiniFramework(), [
      unit('1', 'Xã Một', { '3.2': { tx: 0 } }),
      unit('2', 'Xã Hai', { '3.2': { tx: 0 } }),
    ]);
    for (const u of r.units) expect(u.subIndices['3.2']).toMatchObject({ points: 0, status: 'scored' });
  });
});

describe('exclusion and rescaling', () => {
  // Index A (60, pillar P): A.1 ratio 30 (exclude), A.2 manual 30. Index B (40, pillars P, Q): B.1 ratio 40.
  const fw = (): Framework =>
    frameworkOf(
      [
        index('A', [ratioSub('A.1', 30), manualSub('A.2', 30)], ['P']),
        index('B', [ratioSub('B.1', 40)], ['P', 'Q']),
      ],
      { pillars: ['P', 'Q'] },
    );

  it('an excluded sub-index is rescaled within its index: earned ÷ attainable × index max', () => {
    const r = score(fw(), [
      unit('1', 'Xã Một', { 'A.1': { a: 0, b: 0 }, 'A.2': { points: 20 }, 'B.1': { a: 1, b: 4 } }),
    ]);
    const u = r.units[0]!;
    expect(u.subIndices['A.1']!.status).toBe('excluded');
    // A = 20 / 30 × 60 = 40; B = 1/4 × 40 = 10; total 50 (no index excluded: no set rescaling)
    expect(u.indices['A']).toMatchObject({ score: 40, max: 60 });
    expect(u.indices['B']).toMatchObject({ score: 10, max: 40 });
    expect(u.total).toBe(50);
    expect(u.percent).toBe(50);
    expect(u.level).toBe('HINH_THANH'); // exactly 50% is not above 50
    // P = A + B = 50 of 100; Q = B = 10 of 40
    expect(u.pillars['P']).toMatchObject({ score: 50, max: 100 });
    expect(u.pillars['Q']).toMatchObject({ score: 10, max: 40 });
  });

  it('a wholly excluded index rescales the set total and the pillars', () => {
    const r = score(fw(), [
      unit('1', 'Xã Một', { 'A.1': { a: 1, b: 2 }, 'A.2': { points: 30 }, 'B.1': { a: 0, b: 0 } }),
    ]);
    const u = r.units[0]!;
    // A = 15 + 30 = 45 of 60; B excluded → total = 45 / 60 × 100 = 75
    expect(u.indices['A']).toMatchObject({ score: 45, max: 60 });
    expect(u.indices['B']!.max).toBe(40);
    expect(u.total).toBe(75);
    expect(u.totalExact).toBeCloseTo(75, 9);
    expect(u.percent).toBe(75);
    expect(u.level).toBe('NANG_CAO'); // exactly 75% is not above 75
    // P counts A and B: B excluded → 45 / 60 × 100 = 75 of 100
    expect(u.pillars['P']).toMatchObject({ score: 75, max: 100 });
    expect(u.pillars['Q']!.max).toBe(40);
  });

  it('whenZeroDenominator full and zero keep the sub-index in the maximum', () => {
    const make = (rule: 'full' | 'zero'): Framework =>
      frameworkOf([index('1', [ratioSub('1.1', 20, { whenZeroDenominator: rule }), manualSub('1.2', 20)])]);
    const values = { '1.1': { a: 0, b: 0 }, '1.2': { points: 10 } };
    // full: 20 + 10 = 30 of 40 → 75%; zero: 0 + 10 = 10 of 40 → 25%
    const full = score(make('full'), [unit('1', 'Xã Một', values)]).units[0]!;
    expect(full.subIndices['1.1']).toEqual({ points: 20, max: 20, status: 'scored' });
    expect(full.total).toBe(30);
    expect(full.percent).toBe(75);
    const zero = score(make('zero'), [unit('1', 'Xã Một', values)]).units[0]!;
    expect(zero.subIndices['1.1']).toEqual({ points: 0, max: 20, status: 'scored' });
    expect(zero.total).toBe(10);
    expect(zero.percent).toBe(25);
    expect(zero.level).toBe('KHOI_DONG');
  });

  it('with nothing excluded, the total is the sum of the index scores', () => {
    const r = score(fw(), [
      unit('1', 'Xã Một', { 'A.1': { a: 1, b: 3 }, 'A.2': { points: 7 }, 'B.1': { a: 2, b: 3 } }),
    ]);
    const u = r.units[0]!;
    // A = 10 + 7 = 17; B = 2/3 × 40 = 26.666… → total 43.666… → 43.67
    expect(u.indices['A']!.score).toBe(17);
    expect(u.indices['B']!.score).toBe(26.67);
    expect(u.totalExact).toBeCloseTo(17 + 80 / 3, 9);
    expect(u.total).toBe(43.67);
    expect(u.percent).toBe(43.67);
  });
});

describe('levels at the edges (percent = rounded total ÷ max × 100, to 2 decimals)', () => {
  it.each([
    [600.01, 'NANG_CAO', 75], // 75.00125 → 75.00
    [600.09, 'DAN_DAT', 75.01], // 75.01125 → 75.01
    [600, 'NANG_CAO', 75],
    [400, 'HINH_THANH', 50],
    [400.08, 'NANG_CAO', 50.01],
    [200, 'KHOI_DONG', 25],
    [200.08, 'HINH_THANH', 25.01],
    [200.04, 'HINH_THANH', 25.01], // 25.005 → 25.01 (half away from zero)
    [200.03, 'KHOI_DONG', 25], // 25.00375 → 25.00
  ])('%s of 800 → %s (%s percent)', (points, level, percent) => {
    const u = score(singleManualFramework(800), [manualUnit('1', 'Xã Một', points)]).units[0]!;
    expect(u.total).toBe(points);
    expect(u.percent).toBe(percent);
    expect(u.level).toBe(level);
  });

  it.each([
    [25, 'KHOI_DONG'],
    [25.01, 'HINH_THANH'],
    [50, 'HINH_THANH'],
    [50.01, 'NANG_CAO'],
    [75, 'NANG_CAO'],
    [75.01, 'DAN_DAT'],
  ])('%d of 100 → %s', (points, level) => {
    const u = score(singleManualFramework(100), [manualUnit('1', 'Xã Một', points)]).units[0]!;
    expect(u.percent).toBe(points);
    expect(u.level).toBe(level);
  });

  it('the level follows the rounded total, not the exact one', () => {
    // exact 75.006 → total 75.01 → Dẫn dắt; exact 75.004 → total 75.00 → Nâng cao
    const up = score(singleManualFramework(100), [manualUnit('1', 'Xã Một', 75.006)]).units[0]!;
    expect(up.total).toBe(75.01);
    expect(up.level).toBe('DAN_DAT');
    const down = score(singleManualFramework(100), [manualUnit('1', 'Xã Một', 75.004)]).units[0]!;
    expect(down.total).toBe(75);
    expect(down.level).toBe('NANG_CAO');
    // of 1000: exact 750.0451 → total 750.05 → 75.005% → 75.01% → Dẫn dắt
    // (the exact total would give 75.00451% → 75.00% → Nâng cao)
    const twice = score(singleManualFramework(1000), [manualUnit('1', 'Xã Một', 750.0451)]).units[0]!;
    expect(twice.total).toBe(750.05);
    expect(twice.percent).toBe(75.01);
    expect(twice.level).toBe('DAN_DAT');
  });
});

describe('rounding of published figures', () => {
  it.each([
    [731.605, 731.61, 73.16],
    [1.005, 1.01, 0.1],
    [2.675, 2.68, 0.27],
  ])('a total of %d is published as %d', (points, total, percent) => {
    const u = score(singleManualFramework(1000), [manualUnit('1', 'Xã Một', points)]).units[0]!;
    expect(u.total).toBe(total);
    expect(u.percent).toBe(percent);
    expect(u.subIndices['1.1']!.points).toBe(total);
  });

  it('a total that is a sum of float parts rounds on its decimal value', () => {
    // 0.1 + 0.2 + 0.005 = 0.305 → 0.31 ; 731.6 + 0.005 = 731.605 → 731.61
    const fw = frameworkOf([
      index('1', [manualSub('1.1', 800), manualSub('1.2', 100), manualSub('1.3', 100)]),
    ]);
    const r = score(fw, [
      unit('1', 'Xã Một', { '1.1': { points: 0.1 }, '1.2': { points: 0.2 }, '1.3': { points: 0.005 } }),
      unit('2', 'Xã Hai', { '1.1': { points: 731.6 }, '1.2': { points: 0.005 } }),
      unit('3', 'Xã Ba', { '1.1': { points: 0.7 }, '1.2': { points: 0.1 }, '1.3': { points: 0.005 } }),
    ]);
    expect(byCode(r, '1').total).toBe(0.31);
    expect(byCode(r, '2').total).toBe(731.61);
    expect(byCode(r, '3').total).toBe(0.81);
  });

  it('uses the framework rankPrecision', () => {
    const one = score(singleManualFramework(100, 1), [manualUnit('1', 'Xã Một', 12.25)]).units[0]!;
    expect(one.total).toBe(12.3);
    expect(one.percent).toBe(12.3);
    const zero = score(singleManualFramework(100, 0), [manualUnit('1', 'Xã Một', 12.5)]).units[0]!;
    expect(zero.total).toBe(13);
    expect(zero.percent).toBe(13);
  });
});

describe('rank', () => {
  it('competition ranking 1, 2, 2, 4, ties in Vietnamese alphabetical order', () => {
    const r = score(singleManualFramework(100), [
      manualUnit('01', 'Bắc Hà', 80),
      manualUnit('02', 'Si Ma Cai', 70),
      manualUnit('03', 'Bát Xát', 80),
      manualUnit('04', 'Mường Khương', 90),
    ]);
    expect(r.units.map((u) => [u.name, u.rank])).toEqual([
      ['Mường Khương', 1],
      ['Bát Xát', 2],
      ['Bắc Hà', 2],
      ['Si Ma Cai', 4],
    ]);
  });

  it('four tied units in Vietnamese order: Bản Vược < Bảo Nhai < Bát Xát < Bắc Hà', () => {
    const r = score(singleManualFramework(100), [
      manualUnit('1', 'Bắc Hà', 50),
      manualUnit('2', 'Bát Xát', 50),
      manualUnit('3', 'Bảo Nhai', 50),
      manualUnit('4', 'Bản Vược', 50),
    ]);
    expect(r.units.map((u) => u.name)).toEqual(['Bản Vược', 'Bảo Nhai', 'Bát Xát', 'Bắc Hà']);
    expect(r.units.map((u) => u.rank)).toEqual([1, 1, 1, 1]);
  });

  it('ranks on the rounded total: exact totals less than 0.005 apart tie', () => {
    const r = score(singleManualFramework(100), [
      manualUnit('1', 'Xã Bắc', 50.004), // → 50.00
      manualUnit('2', 'Xã Bát', 49.996), // → 50.00
      manualUnit('3', 'Xã Cốc', 49.994), // → 49.99
    ]);
    expect(r.units.map((u) => [u.name, u.total, u.rank])).toEqual([
      ['Xã Bát', 50, 1],
      ['Xã Bắc', 50, 1],
      ['Xã Cốc', 49.99, 3],
    ]);
  });

  it('a x.xx5 total ties with the unit it rounds to', () => {
    const r = score(singleManualFramework(1000), [
      manualUnit('1', 'Xã Z', 731.605),
      manualUnit('2', 'Xã A', 731.61),
    ]);
    expect(r.units.map((u) => [u.name, u.rank])).toEqual([
      ['Xã A', 1],
      ['Xã Z', 1],
    ]);
  });

  it('groupRank within each group, absent without a group', () => {
    const r = score(singleManualFramework(100), [
      manualUnit('1', 'Xã Một', 90, 'G1'),
      manualUnit('2', 'Xã Hai', 80, 'G1'),
      manualUnit('3', 'Xã Ba', 85, 'G2'),
      manualUnit('4', 'Xã Bốn', 70, 'G2'),
      manualUnit('5', 'Xã Năm', 70, 'G2'),
      manualUnit('6', 'Xã Sáu', 95),
    ]);
    const ranks = Object.fromEntries(r.units.map((u) => [u.code, [u.rank, u.groupRank]]));
    expect(ranks).toEqual({
      '6': [1, undefined],
      '1': [2, 1],
      '3': [3, 1],
      '2': [4, 2],
      '4': [5, 2],
      '5': [5, 2],
    });
    expect('groupRank' in byCode(r, '6')).toBe(false);
    expect(r.units.map((u) => u.code)).toEqual(['6', '1', '3', '2', '4', '5']);
  });
});
