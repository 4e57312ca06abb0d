import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, parseVietnameseDate } from './format';

describe('Vietnamese formats', () => {
  it('writes calendar dates as dd/mm/yyyy without shifting the day', () => {
    expect(formatDate('2023-11-28')).toBe('28/11/2023');
  });

  it('writes instants in Vietnam time (UTC+7)', () => {
    expect(formatDate('2023-12-14T18:30:00Z')).toBe('15/12/2023');
    expect(formatDateTime('2023-12-14T18:30:00Z')).toBe('15/12/2023 01:30');
  });

  it('writes numbers with dot thousands and comma decimals', () => {
    expect(formatNumber(1000.5)).toBe('1.000,5');
    expect(formatNumber(731.61)).toBe('731,61');
  });
});

describe('parseVietnameseDate', () => {
  it('reads dd/mm/yyyy and refuses impossible dates', () => {
    expect(parseVietnameseDate('01/01/2020')).toBe('2020-01-01');
    expect(parseVietnameseDate('1/7/2025')).toBe('2025-07-01');
    expect(parseVietnameseDate('31/02/2024')).toBeNull();
    expect(parseVietnameseDate('2024-02-01')).toBeNull();
  });
});
