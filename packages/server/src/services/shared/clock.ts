// The clock of the use cases: injected, so tests can stand "one minute after the deadline". Every
// use case reads "now" through a Clock; `systemClock` is the real one, the default where none is given.

/** Tells the time. */
export interface Clock {
  now: () => Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock over a function (the `now` that main.ts and tests pass in). */
export function clockOf(now: () => Date): Clock {
  return { now };
}
