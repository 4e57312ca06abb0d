// Time left before a deadline, in days, hours and minutes (the clock is passed in).

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
