import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, parseVietnamDateTime } from './format';

describe('parseVietnamDateTime', () => {
  it('reads dd/mm/yyyy HH:mm as Vietnam time and round-trips through formatDateTime', () => {
    const iso = parseVietnamDateTime('15/12/2024 00:00');
    expect(iso).toBe('2024-12-15T00:00:00+07:00');
    expect(formatDateTime(iso ?? '')).toBe('15/12/2024 00:00');
    expect(parseVietnamDateTime('25/12/2024')).toBe('2024-12-25T00:00:00+07:00');
    expect(parseVietnamDateTime('31/02/2024 10:00')).toBeNull();
    expect(parseVietnamDateTime('01/01/2024 24:00')).toBeNull();
  });
});

describe('Vietnam time without the time-zone database', () => {
  // The formatting shifts by a fixed +7 h; the browser's own zone database must agree on every
  // instant the product can meet (Vietnam has kept UTC+7 without daylight saving since 1975).
  const reference = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const byIntl = (date: Date): string => reference.format(date).replace(',', '');

  it('agrees with Intl for instants from 1990 to 2100, midnight and month ends included', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1990-01-01T00:00:00Z'),
          max: new Date('2100-12-31T23:59:59Z'),
          noInvalidDate: true,
        }),
        (date) => {
          expect(formatDateTime(date)).toBe(byIntl(date));
        },
      ),
      { numRuns: 2000 },
    );
    for (const iso of [
      '2024-12-14T17:00:00Z',
      '2024-12-14T16:59:59Z',
      '2025-12-31T17:00:00Z',
      '2024-02-28T17:30:00Z',
    ])
      expect(formatDateTime(iso)).toBe(byIntl(new Date(iso)));
    expect(formatDateTime('2024-12-14T17:00:00Z')).toBe('15/12/2024 00:00');
    expect(formatTime(new Date('2024-12-14T16:59:00Z'))).toBe('23:59');
    expect(formatDate(new Date('2024-12-14T16:59:00Z'))).toBe('14/12/2024');
  });
});
