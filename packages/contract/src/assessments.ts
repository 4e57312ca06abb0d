import { z } from 'zod';

/** One entered value: yes/no, number or text (scoring-io.md). */
export const InputValue = z.union([z.boolean(), z.number(), z.string().max(2000)]);
/** The values of one sub-index: input key → value. */
export const ItemValues = z.record(z.string().min(1).max(60), InputValue);
/** The values of one sub-index. */
export type ItemValues = z.infer<typeof ItemValues>;

/** The council's review of an item. */
export const ItemReview = z.object({
  status: z.enum(['accepted', 'adjusted', 'requested', 'answered']),
  councilPoints: z.number().nullable(),
  reason: z.string().nullable(),
  message: z.string().nullable(),
  answerUntil: z.string().nullable(),
  answerNote: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
/** The council's review of an item. */
export type ItemReview = z.infer<typeof ItemReview>;

/** One item (sub-index) of a unit's self-assessment, with the points its values earn. */
export const AssessmentItem = z.object({
  subCode: z.string(),
  values: ItemValues,
  version: z.number().int(),
  /** Self-assessed points (from the values). */
  points: z.number(),
  max: z.number(),
  status: z.enum(['scored', 'missing', 'excluded']),
  /** Council points (after accept or adjust), and final points used for ranking. */
  councilPoints: z.number().nullable(),
  finalPoints: z.number().nullable(),
  updatedBy: z.string(),
  updatedAt: z.string(),
  review: ItemReview.nullable(),
  evidenceCount: z.number().int(),
});
/** One item of a unit's self-assessment. */
export type AssessmentItem = z.infer<typeof AssessmentItem>;

/** The estimated total and level from the values saved so far. */
export const AssessmentEstimate = z.object({
  total: z.number(),
  percent: z.number(),
  level: z.string(),
  maxPoints: z.number(),
  itemsFilled: z.number().int(),
  itemsTotal: z.number().int(),
  /**
   * Sub-indices scored against the best unit of the ranking group (`relative`): a unit alone would
   * be its own best, so the estimate counts them as 0 (a lower bound) and lists them here.
   */
  notEstimated: z.array(z.object({ code: z.string(), name: z.string(), maxPoints: z.number() })),
});
/** The estimated total and level. */
export type AssessmentEstimate = z.infer<typeof AssessmentEstimate>;

/** A unit's submission. */
export const Submission = z.object({
  submittedAt: z.string(),
  submittedBy: z.string(),
  late: z.boolean(),
  itemCount: z.number().int(),
});
/** A unit's submission. */
export type Submission = z.infer<typeof Submission>;

/** Answer of `GET /api/periods/:year/units/:unitCode/assessment`. */
export const Assessment = z.object({
  year: z.number().int(),
  frameworkId: z.string(),
  setId: z.string(),
  unit: z.object({ code: z.string(), name: z.string(), kind: z.string() }),
  periodState: z.string(),
  deadline: z.string(),
  deadlineVietnam: z.string(),
  /** The extension's end when one is granted. */
  extendedUntil: z.string().nullable(),
  canWrite: z.boolean(),
  submission: Submission.nullable(),
  items: z.array(AssessmentItem),
  estimate: AssessmentEstimate,
});
/** A unit's self-assessment in a period. */
export type Assessment = z.infer<typeof Assessment>;

/**
 * Body of `PUT …/items/:subCode`: the values and the version they were based on (0 when the item
 * has never been saved). A stale `baseVersion` gets 409 VERSION_CONFLICT with the current values.
 */
export const ItemSave = z.object({
  values: ItemValues,
  baseVersion: z.number().int().min(0),
});
/** Body of `PUT …/items/:subCode`. */
export type ItemSave = z.infer<typeof ItemSave>;

/** Answer of a save: the item as stored and the new estimate. */
export const ItemSaved = z.object({ item: AssessmentItem, estimate: AssessmentEstimate });
/** Answer of a save. */
export type ItemSaved = z.infer<typeof ItemSaved>;
