import { describe, expect, it } from 'vitest';
import { defaultAssessmentYear } from './default-assessment-year';

describe('defaultAssessmentYear', () => {
  const periods = [
    { year: 2026, state: 'draft' as const },
    { year: 2025, state: 'open' as const },
    { year: 2024, state: 'published' as const },
  ];
  it('opens the year asked, else the open period, else the newest, else none', () => {
    expect(defaultAssessmentYear(periods, 2024)).toBe(2024);
    expect(defaultAssessmentYear(periods, 2019)).toBe(2025);
    expect(defaultAssessmentYear(periods, Number(null))).toBe(2025);
    expect(defaultAssessmentYear([periods[0]!, periods[2]!], NaN)).toBe(2026);
    expect(defaultAssessmentYear([], 2024)).toBeNull();
  });
});
