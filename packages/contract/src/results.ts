import { z } from 'zod';

const ScoreOutOf = z.object({ score: z.number(), max: z.number(), excluded: z.boolean().optional() });

/** One unit's result (scoring-io.md, "Results out"). */
export const UnitResult = z.object({
  code: z.string(),
  name: z.string(),
  group: z.string().optional(),
  total: z.number(),
  totalExact: z.number(),
  percent: z.number(),
  level: z.string(),
  rank: z.number().int(),
  groupRank: z.number().int().optional(),
  indices: z.record(z.string(), ScoreOutOf),
  pillars: z.record(z.string(), ScoreOutOf),
  subIndices: z.record(
    z.string(),
    z.object({ points: z.number(), max: z.number(), status: z.enum(['scored', 'missing', 'excluded']) }),
  ),
});
/** One unit's result. */
export type UnitResult = z.infer<typeof UnitResult>;

/**
 * Said by a set whose unit kind has no unit in force on 31/12 of the year (e.g. the district sets
 * after the district level was abolished): it has no units in that period, and this says why.
 */
export const NoUnits = z.object({ code: z.literal('NO_UNITS_IN_FORCE'), message: z.string() });
/** Said by a set with no unit in force. */
export type NoUnits = z.infer<typeof NoUnits>;

/** Results of one set, ordered by rank (scoring-io.md). */
export const SetResults = z.object({
  framework: z.string(),
  provenance: z.string(),
  set: z.string(),
  maxPoints: z.number(),
  units: z.array(UnitResult),
  /** Present only when the set has no unit in force that year. */
  noUnits: NoUnits.optional(),
});
/** Results of one set. */
export type SetResults = z.infer<typeof SetResults>;

/** Query of the results routes: one set, and CSV instead of JSON on the public route. */
export const ResultsQuery = z.object({
  set: z.string().min(1).max(40).optional(),
  format: z.enum(['json', 'csv']).optional(),
});

/** A published year in `GET /api/public/results`. */
export const PublishedYear = z.object({
  year: z.number().int(),
  frameworkId: z.string(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  publishedAt: z.string(),
  sets: z.array(z.string()),
  demo: z.boolean(),
});
/** A published year. */
export type PublishedYear = z.infer<typeof PublishedYear>;

/** One unit's line on the completeness dashboard. */
export const CompletenessUnit = z.object({
  code: z.string(),
  name: z.string(),
  status: z.enum(['submitted', 'draft', 'not_started']),
  late: z.boolean().nullable(),
  submittedAt: z.string().nullable(),
  itemsFilled: z.number().int(),
  itemsTotal: z.number().int(),
  /** Codes of filled items that have no evidence attached. */
  itemsMissingEvidence: z.array(z.string()),
});

/** The completeness of one set: who submitted (on time or late), who is in draft, who has not started. */
export const CompletenessSet = z.object({
  setId: z.string(),
  deadline: z.string(),
  submittedOnTime: z.number().int(),
  submittedLate: z.number().int(),
  draft: z.number().int(),
  notStarted: z.number().int(),
  units: z.array(CompletenessUnit),
  /** Present only when the set has no unit in force that year. */
  noUnits: NoUnits.optional(),
});
/** The completeness of one set. */
export type CompletenessSet = z.infer<typeof CompletenessSet>;
