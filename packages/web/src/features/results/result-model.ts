// Derived figures of a set's results: groups, index percents, group averages, heat-map cells.
import type { RankedUnit, UnitResult } from '@dti/contract';
import { roundHalfAwayFromZero } from '@dti/core';

/** The units of a group (all when `group` is null), in rank order. */
export function unitsInGroup<U extends RankedUnit>(
  results: { units: readonly U[] },
  group: string | null,
): U[] {
  const units = group === null ? results.units : results.units.filter((u) => u.group === group);
  return [...units].sort((a, b) => rankIn(a, group) - rankIn(b, group));
}

/** The rank shown: within the group when one is chosen, else across the set. */
export function rankIn(unit: RankedUnit, group: string | null): number {
  return group === null ? unit.rank : (unit.groupRank ?? unit.rank);
}

/** Group codes of a set, sorted. */
export function groupsOf(results: { units: readonly RankedUnit[] }): string[] {
  return [...new Set(results.units.flatMap((u) => (u.group ? [u.group] : [])))].sort();
}

/** The percent (0–100, 2 decimals) a unit reached on a main index; null when excluded or absent. */
export function indexPercent(unit: UnitResult, code: string): number | null {
  const s = unit.indices[code];
  if (!s || s.excluded || s.max <= 0) return null;
  return roundHalfAwayFromZero((s.score / s.max) * 100, 2);
}

/** The average percent of `units` on each main index. */
export function averagePercents(
  units: readonly UnitResult[],
  codes: readonly string[],
): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const code of codes) {
    const values = units.map((u) => indexPercent(u, code)).filter((v): v is number => v !== null);
    out[code] = values.length
      ? roundHalfAwayFromZero(values.reduce((a, b) => a + b, 0) / values.length, 2)
      : null;
  }
  return out;
}

/** True when two units share a rank (shown as ties). */
export function isTied(units: readonly RankedUnit[], unit: RankedUnit, group: string | null): boolean {
  return units.some((u) => u !== unit && rankIn(u, group) === rankIn(unit, group));
}
