// The signed-in home of each role (issue 14): one aggregated answer per home, built on the server
// from results, rank intervals and completeness.
import { z } from 'zod';

/** A level of the framework and how many units are at it (this year; the year before on comparable units). */
export const HomeLevelCount = z.object({
  code: z.string(),
  name: z.string(),
  count: z.number().int(),
  /** Among the comparable units: how many were at this level the year before (null: no year before). */
  previousCount: z.number().int().nullable(),
  /** Among the same comparable units: how many are at this level this year. */
  comparableCount: z.number().int().nullable(),
});

/** A unit whose rank moved between the two published years (own published ranks only). */
export const HomeMover = z.object({
  code: z.string(),
  name: z.string(),
  rank: z.number().int(),
  previousRank: z.number().int(),
  /** Places gained (positive) or lost (negative). */
  change: z.number().int(),
  level: z.string(),
  previousLevel: z.string(),
});

/** A unit whose 90 % rank interval reaches a rank held by a unit of another level. */
export const HomeBoundaryTie = z.object({
  code: z.string(),
  name: z.string(),
  rank: z.number().int(),
  lowRank: z.number().int(),
  highRank: z.number().int(),
  level: z.string(),
  /** The other levels its interval reaches. */
  otherLevels: z.array(z.string()),
});

/** One set of the latest published year on the leader's overview. */
export const LeaderSetOverview = z.object({
  setId: z.string(),
  setName: z.string(),
  units: z.number().int(),
  /**
   * Units with a standing the year before: their own result (by code, or an old code through a
   * rename), or the comparable percent derived from their predecessors after a reorganisation.
   */
  comparableUnits: z.number().int(),
  /** Of the comparable units, those whose standing the year before is derived from predecessors. */
  derivedUnits: z.number().int(),
  levels: z.array(HomeLevelCount),
  up: z.array(HomeMover),
  down: z.array(HomeMover),
  boundaryTies: z.array(HomeBoundaryTie),
  /** Per district-level unit of the set (code, percent, level): the map. */
  map: z.array(z.object({ code: z.string(), name: z.string(), percent: z.number(), level: z.string() })),
});
/** One set on the leader's overview. */
export type LeaderSetOverview = z.infer<typeof LeaderSetOverview>;

/** Where the open period stands, per set. */
export const HomeOpenSet = z.object({
  setId: z.string(),
  setName: z.string(),
  deadline: z.string(),
  units: z.number().int(),
  started: z.number().int(),
  submitted: z.number().int(),
  /** Submitted after the deadline (or the unit's extension). */
  submittedLate: z.number().int(),
  /** Not submitted although the set's deadline has passed. */
  overdue: z.number().int(),
});

/** `GET /api/home/leader`: the picture at a glance. */
export const LeaderHome = z.object({
  /** Latest published year (null: nothing published yet). */
  year: z.number().int().nullable(),
  /** The published year before it that the changes are measured from. */
  previousYear: z.number().int().nullable(),
  framework: z.string().nullable(),
  previousFramework: z.string().nullable(),
  sets: z.array(LeaderSetOverview),
  /** The period open for self-assessment (null: none). */
  open: z.object({ year: z.number().int(), state: z.string(), sets: z.array(HomeOpenSet) }).nullable(),
});
/** The leader's overview. */
export type LeaderHome = z.infer<typeof LeaderHome>;
