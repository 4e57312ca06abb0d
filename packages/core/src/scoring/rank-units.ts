/**
 * Competition ranking ("1, 2, 2, 4") on rounded totals, with tied units listed in Vietnamese
 * alphabetical order of their names (framework-format.md, "Aggregation").
 */
import { compareVietnamese } from '../text/vietnamese-collator';

/** What ranking needs of a unit. */
export interface Rankable {
  code: string;
  name: string;
  /** The rounded total: rank is decided on published figures. */
  total: number;
}

/** Orders units best first, ties in Vietnamese alphabetical order (then by code, for stability). */
export function compareForRanking(a: Rankable, b: Rankable): number {
  return (
    b.total - a.total || compareVietnamese(a.name, b.name) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * Ranks units: returns them in ranking order with their competition rank. Equal totals share the
 * best rank and the next rank skips.
 */
export function rankUnits<T extends Rankable>(units: readonly T[]): { unit: T; rank: number }[] {
  const ordered = [...units].sort(compareForRanking);
  const out: { unit: T; rank: number }[] = [];
  ordered.forEach((unit, i) => {
    const previous = out[i - 1];
    const rank = previous && previous.unit.total === unit.total ? previous.rank : i + 1;
    out.push({ unit, rank });
  });
  return out;
}
