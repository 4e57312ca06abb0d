// Rounding of published figures: half away from zero, never flipped by binary floating point
// (framework-format.md, "Aggregation").
import { describe, expect, it } from 'vitest';
import { roundHalfAwayFromZero } from './round-decimal';

describe('roundHalfAwayFromZero', () => {
  it.each([
    [731.605, 2, 731.61],
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [0.285, 2, 0.29],
    [8.345, 2, 8.35],
    [10.235, 2, 10.24],
    [1.015, 2, 1.02],
    [4.35, 1, 4.4],
    [1.45, 1, 1.5],
    [2.5, 0, 3],
    [0.5, 0, 1],
    [731.604, 2, 731.6],
    [731.6049, 2, 731.6],
    [99.995, 2, 100],
    [999.9999, 2, 1000],
    [12, 2, 12],
    [0, 2, 0],
  ])('%d to %d decimals is %d', (value, digits, expected) => {
    expect(roundHalfAwayFromZero(value, digits)).toBe(expected);
  });

  it('rounds halves of negative numbers away from zero', () => {
    expect(roundHalfAwayFromZero(-1.005, 2)).toBe(-1.01);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(-0.004, 2) === 0).toBe(true);
  });

  it('rounds sums of float parts as their decimal value', () => {
    // 0.1 + 0.2 = 0.30000000000000004 in binary; the decimal value is 0.3
    expect(roundHalfAwayFromZero(0.1 + 0.2, 2)).toBe(0.3);
    // 0.1 + 0.2 + 0.005 is 0.305 in decimal → 0.31
    expect(roundHalfAwayFromZero(0.1 + 0.2 + 0.005, 2)).toBe(0.31);
    // 1.1 + 2.2 = 3.3000000000000003 in binary
    expect(roundHalfAwayFromZero(1.1 + 2.2, 2)).toBe(3.3);
    // 0.7 + 0.1 + 0.005 = 0.805 in decimal (binary 0.7999999999999999 + 0.005) → 0.81
    expect(roundHalfAwayFromZero(0.7 + 0.1 + 0.005, 2)).toBe(0.81);
    // 731.6 + 0.005 is 731.605 in decimal → 731.61
    expect(roundHalfAwayFromZero(731.6 + 0.005, 2)).toBe(731.61);
    // a third of 300.015 is 100.005 in decimal → 100.01
    expect(roundHalfAwayFromZero(300.015 / 3, 2)).toBe(100.01);
  });
});
