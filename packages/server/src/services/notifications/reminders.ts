// When deadline reminders and escalations are due, and what they say. Pure: instants in, decisions
// out; deadlines are instants (00:00 Vietnam time by default), so the server's time zone never
// matters.
//
// The rule. With DTI_REMINDER_DAYS = 7,3,1 a unit that has not submitted gets the reminder of stage
// N once less than N × 24 hours remain before its deadline (its extension when later), until the
// deadline. A run that finds several stages passed (the server was down) sends only the latest one,
// the smallest N. The unit head also gets an escalation
//   - at the last stage (the smallest N), whatever is filled, and
//   - at the first stage (the largest N) when the unit has not saved a single item yet.
// With the default deadline 00:00 on 15/12 the reminders go out at 00:00 on 08/12, 12/12 and 14/12.
import { formatDateVi, formatVietnam, vietnamDate } from '../cycle/vietnam-time';

const DAY_MS = 86_400_000;

/** The reminder stage due at `now` for a deadline: the smallest N whose time has come, or null. */
export function dueReminderStage(deadline: Date, now: Date, days: readonly number[]): number | null {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return null;
  const due = days.filter((n) => left <= n * DAY_MS);
  return due.length === 0 ? null : Math.min(...due);
}

/** The instant the reminder of stage N starts being due. */
export function reminderStart(deadline: Date, days: number): Date {
  return new Date(deadline.getTime() - days * DAY_MS);
}

/** The Vietnam calendar day (`yyyy-mm-dd`) the reminder of stage N goes out on. */
export function reminderDay(deadline: Date, days: number): string {
  return vietnamDate(reminderStart(deadline, days));
}

/** Whether the head gets an escalation with the reminder of `stage` (see the rule above). */
export function shouldEscalate(stage: number, days: readonly number[], itemsFilled: number): boolean {
  return stage === Math.min(...days) || (stage === Math.max(...days) && itemsFilled === 0);
}

/** Whole days left before the deadline, rounded up (1 on the last day). */
export function daysLeft(deadline: Date, now: Date): number {
  return Math.max(0, Math.ceil((deadline.getTime() - now.getTime()) / DAY_MS));
}

/** What a reminder or escalation is about. */
export interface ReminderFacts {
  year: number;
  unitId: number;
  unitName: string;
  deadline: Date;
  stage: number;
  now: Date;
  itemsFilled: number;
  itemsTotal: number;
}

/**
 * The dedupe key of a unit's reminder (`kind` reminder) or escalation of a stage. The deadline's day
 * is part of it, so an extension to another day brings fresh reminders.
 */
export function reminderKey(kind: 'reminder' | 'escalation', facts: ReminderFacts): string {
  return `${kind}:${facts.year}:${facts.unitId}:${facts.stage}:${vietnamDate(facts.deadline)}`;
}

function filledText(facts: ReminderFacts): string {
  const percent = facts.itemsTotal === 0 ? 0 : Math.floor((facts.itemsFilled / facts.itemsTotal) * 100);
  return `${facts.itemsFilled}/${facts.itemsTotal} chỉ số thành phần (${percent}%)`;
}

/** Title and body of the reminder to a unit's officers and head. */
export function reminderText(facts: ReminderFacts): { title: string; body: string } {
  const left = daysLeft(facts.deadline, facts.now);
  return {
    title: `Nhắc hạn: còn ${left} ngày để nộp bản tự đánh giá DTI năm ${facts.year}`,
    body:
      `${facts.unitName} chưa nộp bản tự đánh giá chỉ số chuyển đổi số (DTI) năm ${facts.year}. ` +
      `Hạn chót: ${formatVietnam(facts.deadline)} (giờ Việt Nam). ` +
      `Đơn vị đã nhập ${filledText(facts)}. ` +
      'Sau khi nhập đủ giá trị và minh chứng, thủ trưởng đơn vị bấm "Nộp" để gửi Hội đồng.',
  };
}

/** Title and body of the escalation to the unit head. */
export function escalationText(facts: ReminderFacts): { title: string; body: string } {
  const left = daysLeft(facts.deadline, facts.now);
  const state = facts.itemsFilled === 0 ? 'chưa bắt đầu nhập liệu' : `mới nhập ${filledText(facts)}`;
  return {
    title: `Cần thủ trưởng chỉ đạo: ${facts.unitName} chưa nộp tự đánh giá DTI năm ${facts.year}`,
    body:
      `${facts.unitName} ${state} và chưa nộp bản tự đánh giá; ` +
      `hạn chót ${formatVietnam(facts.deadline)} (giờ Việt Nam), còn ${left} ngày. ` +
      'Đề nghị thủ trưởng đơn vị chỉ đạo hoàn thành và nộp đúng hạn.',
  };
}

/** `dd/mm/yyyy` of the Vietnam day a reminder stage goes out (for reports). */
export function formatReminderDay(deadline: Date, days: number): string {
  return formatDateVi(reminderDay(deadline, days));
}
