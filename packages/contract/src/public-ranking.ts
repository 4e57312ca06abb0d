import { z } from 'zod';
import { UnitResult } from './results';

/** One line of a ranking: what the ranking table shows, without index or sub-index detail. */
export const RankedUnit = UnitResult.pick({
  code: true,
  name: true,
  group: true,
  total: true,
  percent: true,
  level: true,
  rank: true,
  groupRank: true,
});
/** One line of a ranking. */
export type RankedUnit = z.infer<typeof RankedUnit>;

/** Query of `GET /api/public/results/:year/ranking`: the set (the first one when absent). */
export const PublicRankingQuery = z.object({ set: z.string().min(1).max(40).optional() });

/**
 * `GET /api/public/results/:year/ranking`: the portal's first view, the ranking of one set of a
 * published year and the names of the year's sets (for the set picker). Detail loads on demand.
 */
export const PublicRanking = z.object({
  year: z.number().int(),
  framework: z.string(),
  set: z.string(),
  maxPoints: z.number(),
  /** `reconstructed` or `official`: the portal shows the reconstructed-framework notice from it. */
  provenance: z.string().optional(),
  sets: z.array(z.object({ id: z.string(), name: z.string() })),
  units: z.array(RankedUnit),
});
/** The ranking of one set of a published year. */
export type PublicRanking = z.infer<typeof PublicRanking>;
