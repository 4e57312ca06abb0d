import { describe, expect, it } from 'vitest';
import type { RankRobustness, SetResults } from '@dti/core';
import { boundaryTies, leaderOverview, MOVERS_SHOWN, previousStandings } from './leader-overview';

const levels = [
  { code: 'DAN_DAT', name: 'Dẫn dắt', abovePercent: 75 },
  { code: 'NANG_CAO', name: 'Nâng cao', abovePercent: 50 },
  { code: 'KHOI_DONG', name: 'Khởi động' },
] as never;

function unit(code: string, rank: number, level: string, percent = 60) {
  return {
    code,
    name: `Đơn vị ${code}`,
    total: percent * 10,
    totalExact: percent * 10,
    percent,
    level,
    rank,
    indices: {},
    pillars: {},
    subIndices: {},
  };
}

function set(id: string, units: ReturnType<typeof unit>[]): SetResults {
  return { framework: 'F', provenance: 'reconstructed', set: id, maxPoints: 1000, units };
}

const framework = { levels, sets: [{ id: 'HUYEN', name: 'Bộ chỉ số cấp huyện' }] } as never;

describe('leaderOverview', () => {
  it('counts levels, compares only units ranked in the same set both years, lists movers both ways', () => {
    const now = set('HUYEN', [
      unit('A', 1, 'DAN_DAT', 80),
      unit('B', 2, 'NANG_CAO'),
      unit('C', 3, 'NANG_CAO'),
      unit('NEW', 4, 'KHOI_DONG', 20),
    ]);
    const before = [
      set('HUYEN', [unit('C', 1, 'DAN_DAT'), unit('A', 2, 'NANG_CAO'), unit('B', 3, 'NANG_CAO')]),
      set('XA', [unit('NEW', 1, 'DAN_DAT')]), // another set: not comparable
    ];
    const [o] = leaderOverview({
      framework,
      sets: [now],
      previous: { year: 2024, sets: before },
      intervals: [],
      districtCodes: new Set(['A', 'C']),
    });
    expect(o?.setName).toBe('Bộ chỉ số cấp huyện');
    expect(o?.units).toBe(4);
    expect(o?.comparableUnits).toBe(3);
    expect(o?.derivedUnits).toBe(0);
    expect(o?.levels).toEqual([
      { code: 'DAN_DAT', name: 'Dẫn dắt', count: 1, previousCount: 1, comparableCount: 1 },
      { code: 'NANG_CAO', name: 'Nâng cao', count: 2, previousCount: 2, comparableCount: 2 },
      { code: 'KHOI_DONG', name: 'Khởi động', count: 1, previousCount: 0, comparableCount: 0 },
    ]);
    expect(o?.up.map((m) => [m.code, m.change])).toEqual([
      ['A', 1],
      ['B', 1],
    ]);
    expect(o?.down.map((m) => [m.code, m.change, m.previousLevel])).toEqual([['C', -2, 'DAN_DAT']]);
    expect(o?.map.map((m) => m.code)).toEqual(['A', 'C']);
  });

  it('without a year before, leaves the change empty (null), not zero', () => {
    const [o] = leaderOverview({
      framework,
      sets: [set('HUYEN', [unit('A', 1, 'DAN_DAT')])],
      intervals: [],
      districtCodes: new Set(),
    });
    expect(o?.levels[0]?.previousCount).toBeNull();
    expect(o?.up).toEqual([]);
  });

  it(`lists at most ${MOVERS_SHOWN} movers each way, the largest first`, () => {
    const n = 30;
    const now = set(
      'HUYEN',
      Array.from({ length: n }, (_, i) => unit(`U${String(i).padStart(2, '0')}`, i + 1, 'NANG_CAO')),
    );
    const before = set(
      'HUYEN',
      Array.from({ length: n }, (_, i) => unit(`U${String(i).padStart(2, '0')}`, n - i, 'NANG_CAO')),
    );
    const [o] = leaderOverview({
      framework,
      sets: [now],
      previous: { year: 2024, sets: [before] },
      intervals: [],
      districtCodes: new Set(),
    });
    expect(o?.up).toHaveLength(MOVERS_SHOWN);
    expect(o?.down).toHaveLength(MOVERS_SHOWN);
    expect(o?.up[0]).toMatchObject({ code: 'U00', change: 29 });
    expect(o?.down[0]).toMatchObject({ code: 'U29', change: -29 });
  });
});

describe('leaderOverview across a reorganisation (lineage)', () => {
  // 2025-07-01: X1, X2, X3 merged into the new commune M; R renamed to R2; N is new with no lineage.
  const link = (kind: 'merged_into' | 'renamed', from: string, to: string) => ({
    kind,
    from,
    to,
    effectiveDate: '2025-07-01',
  });
  const lineage = {
    links: [
      link('merged_into', 'X1', 'M'),
      link('merged_into', 'X2', 'M'),
      link('merged_into', 'X3', 'M'),
      link('renamed', 'R', 'R2'),
    ],
    validFrom: { M: '2025-07-01', R2: '2025-07-01', N: '2025-07-01', S: '2000-01-01' },
  };
  const now = set('XA', [
    unit('M', 1, 'DAN_DAT', 80),
    unit('R2', 2, 'NANG_CAO', 60),
    unit('S', 3, 'NANG_CAO', 55),
    unit('N', 4, 'KHOI_DONG', 30),
  ]);
  const before = set('XA', [
    unit('R', 1, 'DAN_DAT', 78),
    unit('X1', 2, 'NANG_CAO', 70),
    unit('X2', 3, 'NANG_CAO', 60),
    unit('S', 4, 'NANG_CAO', 52),
    unit('X3', 5, 'KHOI_DONG', 41),
  ]);
  const xaFramework = { levels, sets: [{ id: 'XA', name: 'Cấp xã' }] } as never;

  it('compares a merged commune with its three predecessors (derived percent and level), a renamed one with its old code, and leaves a new unit out', () => {
    const [o] = leaderOverview({
      framework: xaFramework,
      sets: [now],
      previous: { year: 2024, sets: [before] },
      lineage,
      intervals: [],
      districtCodes: new Set(),
    });
    expect(o?.comparableUnits).toBe(3); // M (derived), R2 (rename), S (own); N has no lineage
    expect(o?.derivedUnits).toBe(1);
    // The year before: R DAN_DAT; M derived (70+60+41)/3 = 57 → NANG_CAO; S NANG_CAO.
    expect(o?.levels.map((l) => [l.code, l.previousCount, l.comparableCount])).toEqual([
      ['DAN_DAT', 1, 1],
      ['NANG_CAO', 2, 2],
      ['KHOI_DONG', 0, 0],
    ]);
    // Ranks move only between published ranks: R2 (from R, rank 1 → 2) and S (4 → 3), not M.
    expect(o?.up.map((m) => [m.code, m.previousRank, m.change])).toEqual([['S', 4, 1]]);
    expect(o?.down.map((m) => [m.code, m.previousRank, m.change])).toEqual([['R2', 1, -1]]);
  });

  it('without lineage, matches by code only (the merged and renamed units are not comparable)', () => {
    const [o] = leaderOverview({
      framework: xaFramework,
      sets: [now],
      previous: { year: 2024, sets: [before] },
      intervals: [],
      districtCodes: new Set(),
    });
    expect(o?.comparableUnits).toBe(1);
  });

  it('derives with the weights the administrator set and classifies with the levels of the year before', () => {
    const oldLevels = [
      { code: 'DAN_DAT', name: 'Dẫn dắt', abovePercent: 65 },
      { code: 'NANG_CAO', name: 'Nâng cao', abovePercent: 40 },
      { code: 'KHOI_DONG', name: 'Khởi động', abovePercent: null },
    ] as never;
    const standings = previousStandings(now.units, before, 2024, oldLevels, {
      ...lineage,
      weights: { M: { X1: 2, X2: 1, X3: 1 } },
    });
    // (2·70 + 60 + 41) / 4 = 60.25 → NANG_CAO with the old thresholds (65 / 40).
    expect(standings.get('M')).toEqual({
      source: 'predecessors',
      percent: 60.25,
      level: 'NANG_CAO',
      rank: null,
    });
    expect(standings.get('R2')).toEqual({ source: 'own', percent: 78, level: 'DAN_DAT', rank: 1 });
    expect(standings.has('N')).toBe(false);
  });

  it('across framework versions compares the set that assesses the same kind of unit', () => {
    const [o] = leaderOverview({
      framework: xaFramework,
      sets: [now],
      previous: { year: 2024, sets: [{ ...before, set: 'CAP_XA_CU' }], setFor: { XA: 'CAP_XA_CU' } },
      lineage,
      intervals: [],
      districtCodes: new Set(),
    });
    expect(o?.comparableUnits).toBe(3);
  });
});

describe('boundaryTies', () => {
  it('flags a unit whose rank interval reaches a rank held at another level', () => {
    const results = set('HUYEN', [
      unit('A', 1, 'DAN_DAT'),
      unit('B', 2, 'NANG_CAO'),
      unit('C', 3, 'NANG_CAO'),
    ]);
    const interval = (code: string, low: number, high: number) => ({
      code,
      name: code,
      nominalRank: low,
      medianRank: low,
      lowRank: low,
      highRank: high,
      tieGroup: 1,
      tiedWith: [],
      message: '',
    });
    const robustness = {
      setId: 'HUYEN',
      units: [interval('A', 1, 1), interval('B', 1, 3), interval('C', 3, 3)],
    } as unknown as RankRobustness;
    expect(boundaryTies(results, robustness)).toEqual([
      {
        code: 'B',
        name: 'Đơn vị B',
        rank: 2,
        lowRank: 1,
        highRank: 3,
        level: 'NANG_CAO',
        otherLevels: ['DAN_DAT'],
      },
    ]);
    expect(boundaryTies(results, undefined)).toEqual([]);
  });
});
