import { describe, expect, it } from 'vitest';
import { yearParam } from './year-param';

describe('yearParam', () => {
  it('reads a year, and nothing else', () => {
    expect(yearParam('?year=2026&tab=council')).toBe(2026);
    expect(yearParam('year=2023')).toBe(2023);
    expect(yearParam('')).toBeNull();
    expect(yearParam('?year=abc')).toBeNull();
    expect(yearParam('?year=20.5')).toBeNull();
    expect(yearParam('?year=99999')).toBeNull();
  });
});
