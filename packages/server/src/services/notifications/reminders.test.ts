// Reminder due dates in Vietnam time, whatever the server's zone; the escalation rule; the texts.
import { afterEach, describe, expect, it } from 'vitest';
import {
  daysLeft,
  dueReminderStage,
  escalationText,
  reminderDay,
  reminderKey,
  reminderText,
  shouldEscalate,
  type ReminderFacts,
} from './reminders';
import { defaultDeadline, vietnamMidnight } from '../cycle/vietnam-time';

const days = [7, 3, 1];
/** CQ_HUYEN submits before 00:00 Vietnam time on 15/12 (Decision 3019). */
const deadline = defaultDeadline(2025, 'CQ_HUYEN');
const at = (iso: string) => new Date(iso);

describe('reminder stages', () => {
  const savedTz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = savedTz;
  });

  it('goes out at 00:00 Vietnam time on 08/12, 12/12 and 14/12 for a 15/12 deadline', () => {
    expect(deadline.toISOString()).toBe('2025-12-14T17:00:00.000Z');
    expect(days.map((n) => reminderDay(deadline, n))).toEqual(['2025-12-08', '2025-12-12', '2025-12-14']);
    expect(dueReminderStage(deadline, at('2025-12-07T23:59:59+07:00'), days)).toBeNull();
    expect(dueReminderStage(deadline, at('2025-12-08T00:00:00+07:00'), days)).toBe(7);
    expect(dueReminderStage(deadline, at('2025-12-11T23:59:59+07:00'), days)).toBe(7);
    expect(dueReminderStage(deadline, at('2025-12-12T00:00:00+07:00'), days)).toBe(3);
    expect(dueReminderStage(deadline, at('2025-12-14T00:00:00+07:00'), days)).toBe(1);
    expect(dueReminderStage(deadline, at('2025-12-14T23:59:59+07:00'), days)).toBe(1);
    expect(dueReminderStage(deadline, at('2025-12-15T00:00:00+07:00'), days)).toBeNull();
  });

  it('does not depend on the server time zone', () => {
    const results: (number | null)[][] = [];
    for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati']) {
      process.env.TZ = tz;
      const d = vietnamMidnight(2025, 12, 25);
      results.push([
        dueReminderStage(d, at('2025-12-18T00:00:00+07:00'), days),
        dueReminderStage(d, at('2025-12-17T23:00:00+07:00'), days),
        dueReminderStage(d, at('2025-12-24T08:00:00+07:00'), days),
      ]);
      expect(reminderDay(d, 3)).toBe('2025-12-22');
    }
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(results[0]).toEqual([7, null, 1]);
  });

  it('sends only the latest stage after the server was down, and honours other lists', () => {
    expect(dueReminderStage(deadline, at('2025-12-13T10:00:00+07:00'), days)).toBe(3);
    expect(dueReminderStage(deadline, at('2025-12-13T10:00:00+07:00'), [10])).toBe(10);
    expect(dueReminderStage(deadline, at('2025-12-01T00:00:00+07:00'), [10])).toBeNull();
    expect(dueReminderStage(deadline, at('2025-12-13T10:00:00+07:00'), [])).toBeNull();
  });

  it('counts whole days left, rounded up', () => {
    expect(daysLeft(deadline, at('2025-12-08T00:00:00+07:00'))).toBe(7);
    expect(daysLeft(deadline, at('2025-12-08T00:30:00+07:00'))).toBe(7);
    expect(daysLeft(deadline, at('2025-12-14T23:00:00+07:00'))).toBe(1);
  });
});

describe('escalation', () => {
  it('escalates at the last stage always, at the first stage only when nothing is filled', () => {
    expect(shouldEscalate(1, days, 40)).toBe(true);
    expect(shouldEscalate(1, days, 0)).toBe(true);
    expect(shouldEscalate(7, days, 0)).toBe(true);
    expect(shouldEscalate(7, days, 1)).toBe(false);
    expect(shouldEscalate(3, days, 0)).toBe(false);
    expect(shouldEscalate(5, [5], 3)).toBe(true);
  });
});

describe('texts', () => {
  const facts: ReminderFacts = {
    year: 2025,
    unitId: 12,
    unitName: 'Xã Bản Vược',
    deadline,
    stage: 3,
    now: at('2025-12-12T00:00:00+07:00'),
    itemsFilled: 20,
    itemsTotal: 80,
  };

  it('keys a reminder by year, unit, stage and the deadline day', () => {
    expect(reminderKey('reminder', facts)).toBe('reminder:2025:12:3:2025-12-15');
    expect(reminderKey('escalation', facts)).toBe('escalation:2025:12:3:2025-12-15');
  });

  it('says in Vietnamese what is due, when, and how much is filled', () => {
    const reminder = reminderText(facts);
    expect(reminder.title).toBe('Nhắc hạn: còn 3 ngày để nộp bản tự đánh giá DTI năm 2025');
    expect(reminder.body).toContain('Hạn chót: 15/12/2025 00:00 (giờ Việt Nam)');
    expect(reminder.body).toContain('20/80 chỉ số thành phần (25%)');
    expect(escalationText(facts).body).toContain('mới nhập 20/80 chỉ số thành phần (25%)');
    expect(escalationText({ ...facts, itemsFilled: 0 }).body).toContain('chưa bắt đầu nhập liệu');
  });
});
