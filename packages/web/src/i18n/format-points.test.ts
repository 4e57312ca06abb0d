import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPoints } from './format';

describe('formatPoints', () => {
  it('always writes two decimals the Vietnamese way', () => {
    expect(formatPoints(611.7)).toBe('611,70');
    expect(formatPoints(1000)).toBe('1.000,00');
    expect(formatPoints(731.605)).toBe('731,61');
    expect(formatPoints(0)).toBe('0,00');
  });
});

describe('Vietnamese numbers without Intl', () => {
  // formatNumber/formatPoints write numbers themselves; Intl.NumberFormat('vi-VN') is the reference.
  const intl = (min: number, max: number) =>
    new Intl.NumberFormat('vi-VN', { minimumFractionDigits: min, maximumFractionDigits: max });

  it('writes every number as Intl.NumberFormat("vi-VN") does', () => {
    const values = fc.oneof(
      fc.double({ min: -1e7, max: 1e7, noNaN: true }),
      fc.integer({ min: -2_000_000, max: 2_000_000 }).map((n) => n / 1000),
      fc.integer({ min: -200_000, max: 200_000 }).map((n) => n / 200),
      fc.constantFrom(0, -0, 0.005, 0.015, 1.005, 2.5, -2.5, 731.605, 999.995, -0.001, 1e20, NaN, Infinity),
    );
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 4 }), (value, digits) => {
        expect(formatNumber(value, digits)).toBe(intl(0, digits).format(value));
        expect(formatPoints(value)).toBe(intl(2, 2).format(value));
      }),
      { numRuns: 5000 },
    );
    expect(formatNumber(1234567.891)).toBe('1.234.567,89');
    expect(formatNumber(41.95)).toBe('41,95');
    expect(formatNumber(100)).toBe('100');
  });
});
