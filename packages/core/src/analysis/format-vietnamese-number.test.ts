import { describe, expect, it } from 'vitest';
import { formatNumberVi, formatSignedVi } from './format-vietnamese-number';

describe('formatNumberVi', () => {
  it('writes dot thousands and comma decimals, dropping trailing zeros', () => {
    expect(formatNumberVi(1234.5)).toBe('1.234,5');
    expect(formatNumberVi(731.605)).toBe('731,61');
    expect(formatNumberVi(18.5, 1)).toBe('18,5');
    expect(formatNumberVi(10)).toBe('10');
    expect(formatNumberVi(1_000_000)).toBe('1.000.000');
    expect(formatNumberVi(-2.25, 1)).toBe('-2,3');
    expect(formatNumberVi(0.004)).toBe('0');
  });

  it('signs changes', () => {
    expect(formatSignedVi(5.5)).toBe('+5,5');
    expect(formatSignedVi(-3)).toBe('-3');
    expect(formatSignedVi(0.001)).toBe('0');
  });
});
