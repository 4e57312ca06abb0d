import { describe, expect, it } from 'vitest';
import { median, medianAbsoluteDeviation, robustZ } from './robust-statistics';

describe('robust statistics', () => {
  it('computes the median and MAD', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(Number.isNaN(median([]))).toBe(true);
    // 1 2 3 4 100: median 3, deviations 2 1 0 1 97 → MAD 1.
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100])).toEqual({ median: 3, mad: 1 });
  });

  it('gives the modified z-score, undefined without spread', () => {
    expect(robustZ(100, { median: 3, mad: 1 })).toBeCloseTo(0.6745 * 97, 12);
    expect(robustZ(5, { median: 5, mad: 0 })).toBeUndefined();
  });
});
