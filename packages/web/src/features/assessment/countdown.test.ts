import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../i18n/format';
import { timeLeft } from './countdown';

describe('timeLeft', () => {
  it('counts days, hours and minutes to a deadline in Vietnam time', () => {
    const deadline = Date.parse('2024-12-15T00:00:00+07:00');
    expect(formatDateTime(new Date(deadline))).toBe('15/12/2024 00:00');
    expect(timeLeft(deadline, Date.parse('2024-12-13T21:30:00+07:00'))).toEqual({
      days: 1,
      hours: 2,
      minutes: 30,
    });
    expect(timeLeft(deadline, deadline)).toBeNull();
  });
});
