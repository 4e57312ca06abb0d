import { describe, expect, it } from 'vitest';
import type { RankRobustness, SetResults } from '@dti/core';
import { boundaryTies, leaderOverview, MOVERS_SHOWN } from './leader-overview';

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
      previous: before,
      intervals: [],
      districtCodes: new Set(['A', 'C']),
    });
    expect(o?.setName).toBe('Bộ chỉ số cấp huyện');
    expect(o?.units).toBe(4);
    expect(o?.comparableUnits).toBe(3);
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
      previous: [before],
      intervals: [],
      districtCodes: new Set(),
    });
    expect(o?.up).toHaveLength(MOVERS_SHOWN);
    expect(o?.down).toHaveLength(MOVERS_SHOWN);
    expect(o?.up[0]).toMatchObject({ code: 'U00', change: 29 });
    expect(o?.down[0]).toMatchObject({ code: 'U29', change: -29 });
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
