import { describe, expect, it } from 'vitest';
import { formatDateTime } from '../../i18n/format';
import { deadlineView, timeLeft } from './countdown';

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

describe('deadlineView', () => {
  const deadline = '2024-12-15T00:00:00+07:00';
  const at = Date.parse('2024-12-13T21:30:00+07:00');

  it('counts down only while the period is open, to the extension when there is one', () => {
    expect(deadlineView({ periodState: 'open', deadline, extendedUntil: null }, at)).toEqual({
      kind: 'counting',
      left: { days: 1, hours: 2, minutes: 30 },
      extendedUntil: null,
    });
    const extended = deadlineView(
      { periodState: 'open', deadline, extendedUntil: '2024-12-20T00:00:00+07:00' },
      Date.parse('2024-12-16T00:00:00+07:00'),
    );
    expect(extended).toMatchObject({ kind: 'counting', left: { days: 4, hours: 0, minutes: 0 } });
    expect(
      deadlineView({ periodState: 'open', deadline, extendedUntil: null }, Date.parse(deadline)),
    ).toEqual({
      kind: 'passed',
      extendedUntil: null,
    });
  });

  it('shows the state once the period has left open, even before the deadline, keeping the extension', () => {
    expect(
      deadlineView({ periodState: 'under_review', deadline, extendedUntil: '2024-12-20T00:00:00+07:00' }, at),
    ).toEqual({ kind: 'state', state: 'under_review', extendedUntil: '2024-12-20T00:00:00+07:00' });
    expect(deadlineView({ periodState: 'closed', deadline, extendedUntil: null }, at)).toMatchObject({
      kind: 'state',
      state: 'closed',
    });
  });
});
