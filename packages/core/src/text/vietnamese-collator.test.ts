import { describe, expect, it } from 'vitest';
import { compareVietnamese, foldVietnamese } from './vietnamese-collator';

describe('compareVietnamese', () => {
  it('orders the Vietnamese alphabet: a < ă < â, d < đ, o < ô < ơ, u < ư', () => {
    const words = ['ư', 'đa', 'ơ', 'â', 'u', 'ô', 'ă', 'da', 'o', 'a', 'e', 'ê'];
    expect([...words].sort(compareVietnamese)).toEqual([
      'a',
      'ă',
      'â',
      'da',
      'đa',
      'e',
      'ê',
      'o',
      'ô',
      'ơ',
      'u',
      'ư',
    ]);
  });

  it('letters first, tones only break ties', () => {
    expect(compareVietnamese('Bảo Nhai', 'Bát Xát')).toBeLessThan(0);
    expect(compareVietnamese('Bát Xát', 'Bắc Hà')).toBeLessThan(0);
    expect(compareVietnamese('Bản Vược', 'Bảo Nhai')).toBeLessThan(0);
    expect(compareVietnamese('Dương', 'Đà')).toBeLessThan(0);
    expect(compareVietnamese('Xã A', 'Xã A')).toBe(0);
  });
});

describe('foldVietnamese', () => {
  it('drops tones and marks, đ → d, lower case', () => {
    expect(foldVietnamese('Xã Sàng Ma Sáo')).toBe('xa sang ma sao');
    expect(foldVietnamese('Đông Tuông, Bắc Hà')).toBe('dong tuong, bac ha');
  });
});
