// The leader's overview of a published year (issue 14 §1), pure: level counts per set and their
// change on the units ranked in both years, the units that moved most, the units whose rank
// interval crosses a level boundary, the district map.
import type { Framework, RankRobustness, SetResults } from '@dti/core';
import type { LeaderSetOverview } from '@dti/contract';

/** How many movers each direction lists. */
export const MOVERS_SHOWN = 10;

/** What the overview is computed from. */
export interface LeaderOverviewInput {
  framework: Pick<Framework, 'levels' | 'sets'>;
  sets: readonly SetResults[];
  /** The published year before (any framework): units are matched by code. */
  previous?: readonly SetResults[] | undefined;
  intervals: readonly RankRobustness[];
  /** Codes of the district-level units drawn on the map. */
  districtCodes: ReadonlySet<string>;
}

const byChangeThenCode = (a: { change: number; code: string }, b: { change: number; code: string }) =>
  b.change - a.change || a.code.localeCompare(b.code);

/** The overview of every set of the year, in the framework's order. */
export function leaderOverview(input: LeaderOverviewInput): LeaderSetOverview[] {
  const { framework, previous } = input;
  const before = new Map<string, { rank: number; level: string; set: string }>();
  for (const s of previous ?? []) {
    for (const u of s.units) before.set(u.code, { rank: u.rank, level: u.level, set: s.set });
  }
  const out: LeaderSetOverview[] = [];
  for (const results of input.sets) {
    if (results.units.length === 0) continue;
    const set = framework.sets.find((s) => s.id === results.set);
    // Comparable: ranked the year before in a set of the same id (same kind of units).
    const comparable = results.units.flatMap((u) => {
      const was = before.get(u.code);
      return was && was.set === results.set ? [{ unit: u, was }] : [];
    });
    const hasPrevious = previous !== undefined && comparable.length > 0;
    const levels = framework.levels.map((level) => ({
      code: level.code,
      name: level.name,
      count: results.units.filter((u) => u.level === level.code).length,
      previousCount: hasPrevious ? comparable.filter((c) => c.was.level === level.code).length : null,
      comparableCount: hasPrevious ? comparable.filter((c) => c.unit.level === level.code).length : null,
    }));
    const moves = comparable.map(({ unit, was }) => ({
      code: unit.code,
      name: unit.name,
      rank: unit.rank,
      previousRank: was.rank,
      change: was.rank - unit.rank,
      level: unit.level,
      previousLevel: was.level,
    }));
    const up = moves
      .filter((m) => m.change > 0)
      .sort(byChangeThenCode)
      .slice(0, MOVERS_SHOWN);
    const down = moves
      .filter((m) => m.change < 0)
      .sort((a, b) => byChangeThenCode(b, a))
      .slice(0, MOVERS_SHOWN);
    out.push({
      setId: results.set,
      setName: set?.name ?? results.set,
      units: results.units.length,
      comparableUnits: comparable.length,
      levels,
      up,
      down,
      boundaryTies: boundaryTies(
        results,
        input.intervals.find((i) => i.setId === results.set),
      ),
      map: results.units
        .filter((u) => input.districtCodes.has(u.code))
        .map((u) => ({ code: u.code, name: u.name, percent: u.percent, level: u.level })),
    });
  }
  return out;
}

/** Units whose 90 % rank interval reaches a rank held by a unit at another level, by rank. */
export function boundaryTies(
  results: SetResults,
  intervals: RankRobustness | undefined,
): LeaderSetOverview['boundaryTies'] {
  if (!intervals) return [];
  const levelsAtRank = new Map<number, Set<string>>();
  for (const u of results.units) {
    const at = levelsAtRank.get(u.rank) ?? new Set<string>();
    at.add(u.level);
    levelsAtRank.set(u.rank, at);
  }
  const byCode = new Map(results.units.map((u) => [u.code, u]));
  const out: LeaderSetOverview['boundaryTies'] = [];
  for (const i of intervals.units) {
    const unit = byCode.get(i.code);
    if (!unit) continue;
    const others = new Set<string>();
    for (let rank = i.lowRank; rank <= i.highRank; rank += 1) {
      for (const level of levelsAtRank.get(rank) ?? []) if (level !== unit.level) others.add(level);
    }
    if (others.size === 0) continue;
    out.push({
      code: unit.code,
      name: unit.name,
      rank: unit.rank,
      lowRank: i.lowRank,
      highRank: i.highRank,
      level: unit.level,
      otherLevels: [...others].sort(),
    });
  }
  return out.sort((a, b) => a.rank - b.rank || a.code.localeCompare(b.code));
}
