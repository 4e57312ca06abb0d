import { describe, expect, it } from 'vitest';
import { formatPoints } from './format';

describe('formatPoints', () => {
  it('always writes two decimals the Vietnamese way', () => {
    expect(formatPoints(611.7)).toBe('611,70');
    expect(formatPoints(1000)).toBe('1.000,00');
    expect(formatPoints(731.605)).toBe('731,61');
    expect(formatPoints(0)).toBe('0,00');
  });
});
