// A unit's history across reorganisations (issue 12, §3): what `GET /api/units/:code/trend` and its
// public twin answer, and the administrator's weights of a merged unit's predecessors.
import { z } from 'zod';
import type { LineageYear, UnitTrend } from '@dti/core';

/** One year of a unit's trend: own figure, or derived from its predecessors (always labelled). */
export interface UnitTrendYear extends LineageYear {
  framework: string;
  set: string;
  /** `snapshot`: frozen results; `live`: scored now from the stored values (provisional). */
  results: 'snapshot' | 'live';
}

/** `GET /api/units/:unitCode/trend` (and `/api/public/units/:unitCode/trend`, published years only). */
export interface UnitTrendAnswer {
  unit: { code: string; name: string };
  years: UnitTrendYear[];
  /** Code → the codes that stood for it the year before. */
  lineage: Record<string, string[]>;
  trend: UnitTrend;
}

/** The weights of a merged unit's predecessors (empty: equal weights). */
export const LineageWeights = z.object({
  unitCode: z.string(),
  weights: z.record(z.string(), z.number()),
  predecessors: z.array(z.object({ code: z.string(), name: z.string() })),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
/** The weights of a unit's predecessors. */
export type LineageWeights = z.infer<typeof LineageWeights>;

/**
 * `PUT /api/units/:unitCode/lineage-weights`: predecessor code → positive weight (for example
 * population); `{}` goes back to equal weights. Checked whole by the server, every problem listed.
 */
export const LineageWeightsUpdate = z.object({
  weights: z.record(z.string().min(1).max(40), z.unknown()),
});
/** The body of a lineage-weights update. */
export type LineageWeightsUpdate = z.infer<typeof LineageWeightsUpdate>;
