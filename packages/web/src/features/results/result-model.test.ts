import { describe, expect, it } from 'vitest';
import type { SetResults, UnitResult } from '@dti/contract';
import { averagePercents, groupsOf, indexPercent, isTied, unitsInGroup } from './result-model';

const unit = (code: string, rank: number, group: string, score: number): UnitResult => ({
  code,
  name: code,
  group,
  total: score,
  totalExact: score,
  percent: score / 10,
  level: 'NANG_CAO',
  rank,
  groupRank: rank,
  indices: { '1': { score, max: 1000 } },
  pillars: {},
  subIndices: {},
});

const results: SetResults = {
  framework: 'LC-3019-2023',
  provenance: 'reconstructed',
  set: 'XA',
  maxPoints: 1000,
  units: [unit('a', 1, '082', 731.61), unit('b', 1, '082', 731.61), unit('c', 3, '083', 500)],
};

describe('result model', () => {
  it('keeps ties as ties and filters by group', () => {
    const units = unitsInGroup(results, '082');
    expect(units.map((u) => u.code)).toEqual(['a', 'b']);
    expect(isTied(units, units[0]!, '082')).toBe(true);
    expect(groupsOf(results)).toEqual(['082', '083']);
  });

  it('computes index percents and averages', () => {
    expect(indexPercent(results.units[0]!, '1')).toBe(73.16);
    expect(averagePercents(results.units, ['1'])).toEqual({ '1': 65.44 });
  });
});
