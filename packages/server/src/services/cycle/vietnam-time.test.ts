import { describe, expect, it } from 'vitest';
import { defaultDeadline, formatVietnam, vietnamDate, vietnamMidnight } from './vietnam-time';

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
