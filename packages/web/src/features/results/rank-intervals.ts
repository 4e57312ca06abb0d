// Rank intervals next to ranks: the interval to show for a unit (within its group when a group is
// chosen, else across the set), its text "2–5", and whether the unit is statistically tied.
import type { SetRankIntervals, UnitRankInterval } from '@dti/contract';

/** What a rank cell shows of a unit's interval. */
export interface ShownInterval {
  low: number;
  high: number;
  median: number;
  /** Codes of the units it is statistically tied with (overlapping intervals). */
  tiedWith: string[];
}

/** The intervals of one set, by unit code (empty without intervals). */
export function intervalsByCode(intervals: SetRankIntervals | undefined): Map<string, UnitRankInterval> {
  return new Map((intervals?.units ?? []).map((u) => [u.code, u]));
}

/** The interval shown for a unit: its group's when `group` is chosen, else the set's. */
export function shownInterval(
  interval: UnitRankInterval | undefined,
  group: string | null,
): ShownInterval | undefined {
  if (!interval) return undefined;
  if (group !== null) {
    const g = interval.group;
    if (!g || g.code !== group) return undefined;
    return { low: g.lowRank, high: g.highRank, median: g.medianRank, tiedWith: g.tiedWith };
  }
  return {
    low: interval.lowRank,
    high: interval.highRank,
    median: interval.medianRank,
    tiedWith: interval.tiedWith,
  };
}

/** "2–5", or "3" when every run gave the same rank. */
export function formatInterval(shown: ShownInterval): string {
  return shown.low === shown.high ? String(shown.low) : `${shown.low}–${shown.high}`;
}
