// The leader's overview of a published year (issue 14 §1), pure: level counts per set and their
// change on the units comparable with the year before (own result, or derived from predecessors
// across a reorganisation), the units that moved most, the units whose rank
// interval crosses a level boundary, the district map.
import {
  classifyLevel,
  lineageHistory,
  type Framework,
  type LineageLink,
  type RankRobustness,
  type UnitResult,
} from '@dti/core';
import type { LeaderSetOverview } from '@dti/contract';

/** How many movers each direction lists. */
export const MOVERS_SHOWN = 10;

/** What the overview reads of a unit's result. */
export type RankedUnit = Pick<UnitResult, 'code' | 'name' | 'rank' | 'level' | 'percent'>;
/** What the overview reads of a set's results (a snapshot's `SetResults` is one). */
export interface RankedSet {
  set: string;
  units: readonly RankedUnit[];
}

/** The registry's lineage, to compare a unit with what stood for it the year before. */
export interface OverviewLineage {
  links: readonly LineageLink[];
  /** Code → first day of validity (ISO). */
  validFrom: Readonly<Record<string, string>>;
  /** Unit code → its predecessors' weights as the administrator set them (absent: equal). */
  weights?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** What the overview is computed from. */
export interface LeaderOverviewInput {
  framework: Pick<Framework, 'levels' | 'sets'>;
  sets: readonly RankedSet[];
  /** The published year before (any framework version). */
  previous?:
    | {
        year: number;
        sets: readonly RankedSet[];
        /** Its framework's levels (a derived percent is classified with them); default: this year's. */
        levels?: Framework['levels'];
        /** This year's set id → the set of the year before assessing the same kind of unit (default: same id). */
        setFor?: Readonly<Record<string, string>>;
      }
    | undefined;
  /** Lineage: without it, units are matched by code only. */
  lineage?: OverviewLineage | undefined;
  intervals: readonly RankRobustness[];
  /** Codes of the district-level units drawn on the map. */
  districtCodes: ReadonlySet<string>;
}

/** Where a unit of this year stood the year before. */
export interface PreviousStanding {
  /** `own`: its own published result (or its old code's, through a rename); `predecessors`: derived. */
  source: 'own' | 'predecessors';
  percent: number;
  level: string;
  /** Its published rank (own only: a derived figure has no rank). */
  rank: number | null;
}

/**
 * Where each unit of a set stood the year before, with the product's lineage rules (core's
 * `lineageHistory`): its own published result, through a rename its old code's, after a merger or
 * split the comparable percent derived from its predecessors, classified into a level with the
 * levels of that year's framework. Levels and percent are compared, never raw points, so framework
 * versions compare. A unit with neither a result nor a predecessor with one is left out.
 */
export function previousStandings(
  units: readonly RankedUnit[],
  previous: RankedSet,
  previousYear: number,
  levels: Framework['levels'],
  lineage: OverviewLineage | undefined,
): Map<string, PreviousStanding> {
  const byCode = new Map(previous.units.map((u) => [u.code, u]));
  const figures = previous.units.map((u) => ({ code: u.code, name: u.name, percent: u.percent }));
  const out = new Map<string, PreviousStanding>();
  for (const unit of units) {
    if (!lineage) {
      const was = byCode.get(unit.code);
      if (was) out.set(unit.code, { source: 'own', percent: was.percent, level: was.level, rank: was.rank });
      continue;
    }
    const [found] = lineageHistory({
      unitCode: unit.code,
      links: lineage.links,
      validFrom: lineage.validFrom,
      years: [{ year: previousYear, figures }],
      weights: lineage.weights?.[unit.code],
    });
    if (!found || found.percent === null) continue;
    if (found.source === 'own') {
      const was = byCode.get(found.publishedCode ?? unit.code);
      if (was) out.set(unit.code, { source: 'own', percent: was.percent, level: was.level, rank: was.rank });
      continue;
    }
    out.set(unit.code, {
      source: 'predecessors',
      percent: found.percent,
      level: classifyLevel(levels, found.percent).code,
      rank: null,
    });
  }
  return out;
}

const byChangeThenCode = (a: { change: number; code: string }, b: { change: number; code: string }) =>
  b.change - a.change || a.code.localeCompare(b.code);

/** The overview of every set of the year, in the framework's order. */
export function leaderOverview(input: LeaderOverviewInput): LeaderSetOverview[] {
  const { framework, previous } = input;
  const out: LeaderSetOverview[] = [];
  for (const results of input.sets) {
    if (results.units.length === 0) continue;
    const set = framework.sets.find((s) => s.id === results.set);
    const previousSetId = previous?.setFor?.[results.set] ?? results.set;
    const previousSet = previous?.sets.find((s) => s.set === previousSetId);
    // Comparable: a standing the year before in the set of the same kind of units, own or derived.
    const standings =
      previous && previousSet
        ? previousStandings(
            results.units,
            previousSet,
            previous.year,
            previous.levels ?? framework.levels,
            input.lineage,
          )
        : new Map<string, PreviousStanding>();
    const comparable = results.units.flatMap((u) => {
      const was = standings.get(u.code);
      return was ? [{ unit: u, was }] : [];
    });
    const hasPrevious = previous !== undefined && comparable.length > 0;
    const levels = framework.levels.map((level) => ({
      code: level.code,
      name: level.name,
      count: results.units.filter((u) => u.level === level.code).length,
      previousCount: hasPrevious ? comparable.filter((c) => c.was.level === level.code).length : null,
      comparableCount: hasPrevious ? comparable.filter((c) => c.unit.level === level.code).length : null,
    }));
    // Rank moves only between two published ranks in sets of the same kind.
    const moves = comparable.flatMap(({ unit, was }) =>
      was.rank === null
        ? []
        : [
            {
              code: unit.code,
              name: unit.name,
              rank: unit.rank,
              previousRank: was.rank,
              change: was.rank - unit.rank,
              level: unit.level,
              previousLevel: was.level,
            },
          ],
    );
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
      derivedUnits: comparable.filter((c) => c.was.source === 'predecessors').length,
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
  results: RankedSet,
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
