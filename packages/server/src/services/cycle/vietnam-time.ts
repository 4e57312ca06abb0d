// Vietnam time (Asia/Ho_Chi_Minh, UTC+7, no daylight saving) computed with an explicit offset, never
// with the process's time zone.

const OFFSET_MS = 7 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');

/** The instant of 00:00 Vietnam time on a calendar day (`month` 1–12). */
export function vietnamMidnight(year: number, month: number, day: number): Date {
  return new Date(`${year}-${pad(month)}-${pad(day)}T00:00:00+07:00`);
}

/** `dd/mm/yyyy HH:mm` in Vietnam time. */
export function formatVietnam(at: Date): string {
  const v = new Date(at.getTime() + OFFSET_MS);
  return `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
}

/** The calendar day (`yyyy-mm-dd`) of an instant in Vietnam time. */
export function vietnamDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** `yyyy-mm-dd` → `dd/mm/yyyy`. */
export function formatDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** Sets whose units submit before 15/12; every other set submits before 25/12 (Decision 3019). */
const earlySets = new Set(['CQ_HUYEN', 'XA']);

/** The default deadline of a set in a year: 00:00 Vietnam time on 15/12 or 25/12. */
export function defaultDeadline(year: number, setId: string): Date {
  return vietnamMidnight(year, 12, earlySets.has(setId) ? 15 : 25);
}

/** The council's default review deadline for a period of `year`: 31/01 of the next year, 23:59 Vietnam time. */
export function defaultReviewDeadline(year: number): Date {
  return new Date(`${year + 1}-01-31T23:59:00+07:00`);
}

/** A period's review deadline: the one the administrator set, else the default. */
export function reviewDeadlineOf(period: { year: number; reviewDeadline: Date | null }): Date {
  return period.reviewDeadline ?? defaultReviewDeadline(period.year);
}

/**
 * The end of the `days`-th working day after the Vietnam calendar day of `from` (00:00 Vietnam time
 * of the day after it). Working days are Monday to Friday; public holidays are not counted.
 */
export function workingDaysLater(from: Date, days: number): Date {
  const day = new Date(`${vietnamDate(from)}T00:00:00Z`);
  let left = days;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  day.setUTCDate(day.getUTCDate() + 1);
  return vietnamMidnight(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate());
}
