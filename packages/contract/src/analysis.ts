import { z } from 'zod';

/** The effort of improving each sub-index of a framework, for improvement plans (issue 8, §4). */
export const EffortWeights = z.object({
  frameworkId: z.string(),
  /** Every sub-index code of the framework → its effort weight (> 0); 1 unless an administrator set it. */
  weights: z.record(z.string(), z.number()),
  /** The codes whose weight an administrator set (the others are the default 1). */
  custom: z.array(z.string()),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
/** The effort weights of a framework. */
export type EffortWeights = z.infer<typeof EffortWeights>;

/**
 * `PUT /api/frameworks/:id/effort-weights`: the weights an administrator sets (sub-index code →
 * positive number); codes left out take the default 1. Checked by the server, every problem listed.
 */
export const EffortWeightsUpdate = z.object({
  weights: z.record(z.string().min(1).max(40), z.unknown()),
});
/** The body of an effort-weights update. */
export type EffortWeightsUpdate = z.infer<typeof EffortWeightsUpdate>;

/** A unit's rank robustness within its group (median and 90 % interval of its group rank). */
export const GroupRankInterval = z.object({
  code: z.string(),
  size: z.number().int(),
  nominalRank: z.number().int(),
  medianRank: z.number().int(),
  lowRank: z.number().int(),
  highRank: z.number().int(),
  tiedWith: z.array(z.string()),
});

/** A unit's rank interval: the published rank, the median and the 5th–95th percentile of simulated ranks. */
export const UnitRankInterval = z.object({
  code: z.string(),
  name: z.string(),
  nominalRank: z.number().int(),
  medianRank: z.number().int(),
  lowRank: z.number().int(),
  highRank: z.number().int(),
  tieGroup: z.number().int(),
  /** Units whose interval overlaps this one's: statistically tied. */
  tiedWith: z.array(z.string()),
  message: z.string(),
  group: GroupRankInterval.optional(),
});
/** A unit's rank interval. */
export type UnitRankInterval = z.infer<typeof UnitRankInterval>;

/** The rank intervals of one set of a year (rank robustness with fixed seed and default bands). */
export const SetRankIntervals = z.object({
  framework: z.string(),
  setId: z.string(),
  runs: z.number().int(),
  seed: z.number().int(),
  adjustmentBand: z.number(),
  weightBand: z.number(),
  units: z.array(UnitRankInterval),
  note: z.string(),
});
/** The rank intervals of one set. */
export type SetRankIntervals = z.infer<typeof SetRankIntervals>;

/** The anomaly flags of one unit's items in a year, for the council's review. */
export const UnitAnomalies = z.object({
  year: z.number().int(),
  unit: z.string(),
  set: z.string(),
  flags: z.array(
    z.object({
      unit: z.string(),
      subIndex: z.string().optional(),
      input: z.string().optional(),
      kind: z.string(),
      severity: z.enum(['high', 'medium', 'low']),
      message: z.string(),
    }),
  ),
  notes: z.array(z.string()),
});
/** The anomaly flags of one unit. */
export type UnitAnomalies = z.infer<typeof UnitAnomalies>;
