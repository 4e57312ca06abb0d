import { describe, expect, it } from 'vitest';
import {
  defaultDeadline,
  formatVietnam,
  vietnamDate,
  vietnamMidnight,
  workingDaysLater,
} from './vietnam-time';

describe('Vietnam time', () => {
  it('closes communes and district agencies at 00:00 on 15/12 Vietnam time, others on 25/12', () => {
    expect(defaultDeadline(2023, 'XA').toISOString()).toBe('2023-12-14T17:00:00.000Z');
    expect(defaultDeadline(2023, 'CQ_HUYEN').toISOString()).toBe('2023-12-14T17:00:00.000Z');
    expect(defaultDeadline(2023, 'TINH_CO_TTHC').toISOString()).toBe('2023-12-24T17:00:00.000Z');
    expect(defaultDeadline(2023, 'HUYEN').toISOString()).toBe('2023-12-24T17:00:00.000Z');
  });

  it('formats in Vietnam time whatever the process time zone', () => {
    expect(formatVietnam(vietnamMidnight(2023, 12, 15))).toBe('15/12/2023 00:00');
    expect(formatVietnam(new Date('2024-01-01T16:59:00Z'))).toBe('01/01/2024 23:59');
    expect(vietnamDate(new Date('2023-12-31T17:30:00Z'))).toBe('2024-01-01');
  });
});

describe('workingDaysLater', () => {
  it('counts Monday to Friday in Vietnam time and ends at the next Vietnam midnight', () => {
    // Friday 04/12/2026 10:00 in Vietnam → Mon 7 … Fri 11 → 00:00 on Saturday 12/12.
    expect(workingDaysLater(new Date('2026-12-04T03:00:00Z'), 5).toISOString()).toBe(
      '2026-12-11T17:00:00.000Z',
    );
    // Thursday 23:30 UTC is already Friday in Vietnam.
    expect(workingDaysLater(new Date('2026-12-03T17:30:00Z'), 5).toISOString()).toBe(
      '2026-12-11T17:00:00.000Z',
    );
    // Sunday 06/12 → Mon 7 … Fri 11.
    expect(workingDaysLater(new Date('2026-12-06T03:00:00Z'), 5).toISOString()).toBe(
      '2026-12-11T17:00:00.000Z',
    );
    // Wednesday 02/12 → Thu 3, Fri 4, Mon 7, Tue 8, Wed 9 → 00:00 on 10/12.
    expect(workingDaysLater(new Date('2026-12-02T03:00:00Z'), 5).toISOString()).toBe(
      '2026-12-09T17:00:00.000Z',
    );
  });
});
