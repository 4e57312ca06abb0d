import { describe, expect, it } from 'vitest';
import type { UnitRankInterval } from '@dti/contract';
import { formatInterval, intervalsByCode, shownInterval } from './rank-intervals';

const unit: UnitRankInterval = {
  code: 'A',
  name: 'Xã An',
  nominalRank: 3,
  medianRank: 3,
  lowRank: 2,
  highRank: 5,
  tieGroup: 1,
  tiedWith: ['B'],
  message: '',
  group: { code: 'G', size: 4, nominalRank: 1, medianRank: 1, lowRank: 1, highRank: 1, tiedWith: [] },
};

describe('rank intervals', () => {
  it('shows the set interval, or the group one when a group is chosen', () => {
    expect(shownInterval(unit, null)).toEqual({ low: 2, high: 5, median: 3, tiedWith: ['B'] });
    expect(shownInterval(unit, 'G')).toEqual({ low: 1, high: 1, median: 1, tiedWith: [] });
    expect(shownInterval(unit, 'H')).toBeUndefined();
    expect(shownInterval(undefined, null)).toBeUndefined();
  });

  it('formats an interval, and a fixed rank as one number', () => {
    expect(formatInterval(shownInterval(unit, null)!)).toBe('2–5');
    expect(formatInterval(shownInterval(unit, 'G')!)).toBe('1');
  });

  it('indexes intervals by unit code', () => {
    expect(intervalsByCode(undefined).size).toBe(0);
    const set = {
      framework: 'F',
      setId: 'S',
      runs: 1,
      seed: 1,
      adjustmentBand: 0,
      weightBand: 0,
      units: [unit],
      note: '',
    };
    expect(intervalsByCode(set).get('A')).toBe(unit);
  });
});
