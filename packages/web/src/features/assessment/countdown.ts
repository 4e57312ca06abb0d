// Time left before a deadline, in days, hours and minutes (the clock is passed in), and what the
// officer's page shows about the deadline: a countdown only while the period is open.

/** What is left before `deadline` at `now` (both epoch ms); null once it has passed. */
export function timeLeft(
  deadline: number,
  now: number,
): { days: number; hours: number; minutes: number } | null {
  const ms = deadline - now;
  if (ms <= 0) return null;
  const minutes = Math.floor(ms / 60_000);
  return {
    days: Math.floor(minutes / 1440),
    hours: Math.floor((minutes % 1440) / 60),
    minutes: minutes % 60,
  };
}

/** Time left, in days, hours and minutes. */
export type TimeLeft = NonNullable<ReturnType<typeof timeLeft>>;

/**
 * What to show about a unit's deadline: a countdown (to the extension's end when it is later)
 * while the period is open, "passed" once it is over, and the period's state when not open.
 */
export type DeadlineView = { extendedUntil: string | null } & (
  { kind: 'counting'; left: TimeLeft } | { kind: 'passed' } | { kind: 'state'; state: string }
);

/** The deadline view of an assessment at `now` (epoch ms). */
export function deadlineView(
  assessment: { periodState: string; deadline: string; extendedUntil: string | null },
  now: number,
): DeadlineView {
  const { extendedUntil } = assessment;
  if (assessment.periodState !== 'open')
    return { kind: 'state', state: assessment.periodState, extendedUntil };
  const end = Math.max(Date.parse(assessment.deadline), extendedUntil ? Date.parse(extendedUntil) : 0);
  const left = timeLeft(end, now);
  return left ? { kind: 'counting', left, extendedUntil } : { kind: 'passed', extendedUntil };
}
