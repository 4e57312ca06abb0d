import { z } from 'zod';
import { IsoDate, UnitCode } from './units';

/** States of an assessment period, in the only order they may go (forward only). */
export const periodStates = [
  'draft',
  'open',
  'closed',
  'under_review',
  'ranked',
  'approved',
  'published',
] as const;
/** The state of a period. */
export const PeriodState = z.enum(periodStates);
/** The state of a period. */
export type PeriodState = z.infer<typeof PeriodState>;

/** An instant with its offset, e.g. `2023-12-15T00:00:00+07:00`. */
export const Instant = z.iso.datetime({ offset: true });

/** The deadline of one set: the instant, and the same in Vietnam time `dd/mm/yyyy HH:mm`. */
export const SetDeadline = z.object({
  setId: z.string(),
  deadline: z.string(),
  deadlineVietnam: z.string(),
});
/** The deadline of one set. */
export type SetDeadline = z.infer<typeof SetDeadline>;

/** A unit's extension of its deadline. */
export const PeriodExtension = z.object({
  unitCode: z.string(),
  until: z.string(),
  reason: z.string(),
  grantedBy: z.string(),
});
/** A unit's extension of its deadline. */
export type PeriodExtension = z.infer<typeof PeriodExtension>;

/** An assessment period (kỳ đánh giá) as the API returns it. `demo`: generated demonstration data. */
export const Period = z.object({
  year: z.number().int(),
  frameworkId: z.string(),
  state: PeriodState,
  dataFrom: z.string(),
  dataTo: z.string(),
  answerDays: z.number().int(),
  /**
   * When the council's review should be done (the council checks and ranks in January of the next
   * year): the administrator's date, else 31/01 of the next year 23:59 Vietnam time.
   */
  reviewDeadline: z.string(),
  /** The same in Vietnam time, `dd/mm/yyyy HH:mm`. */
  reviewDeadlineVietnam: z.string(),
  demo: z.boolean(),
  deadlines: z.array(SetDeadline),
  extensions: z.array(PeriodExtension),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  finalizedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
});
/** An assessment period. */
export type Period = z.infer<typeof Period>;

/** Body of `POST /api/periods`. Deadlines default to the decision's (15/12 or 25/12, Vietnam time). */
export const PeriodCreate = z.object({
  year: z.number().int().min(2000).max(2100),
  frameworkId: z.string().min(1).max(100),
  deadlines: z.record(z.string(), Instant).optional(),
  answerDays: z.number().int().min(1).max(60).optional(),
});
/** Body of `POST /api/periods`. */
export type PeriodCreate = z.infer<typeof PeriodCreate>;

/**
 * Body of `PATCH /api/periods/:year`: move deadlines (by set id), change the answer window, set the
 * council's review deadline (null: back to the default, 31/01 of the next year 23:59 Vietnam time).
 */
export const PeriodUpdate = z.object({
  deadlines: z.record(z.string(), Instant).optional(),
  answerDays: z.number().int().min(1).max(60).optional(),
  reviewDeadline: Instant.nullable().optional(),
});
/** Body of `PATCH /api/periods/:year`. */
export type PeriodUpdate = z.infer<typeof PeriodUpdate>;

/** Body of `POST /api/periods/:year/state`: move forward to `state` (open, closed, under_review). */
export const PeriodTransition = z.object({ state: PeriodState });
/** Body of `POST /api/periods/:year/state`. */
export type PeriodTransition = z.infer<typeof PeriodTransition>;

/** Body of `PUT /api/periods/:year/extensions/:unitCode`. */
export const ExtensionGrant = z.object({
  until: Instant,
  reason: z.string().trim().min(3).max(1000),
});
/** Body of `PUT /api/periods/:year/extensions/:unitCode`. */
export type ExtensionGrant = z.infer<typeof ExtensionGrant>;

/** Path parameters of a period. */
export const PeriodParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
/** Path parameters of a unit in a period. */
export const PeriodUnitParams = PeriodParams.extend({ unitCode: UnitCode });
/** Path parameters of one item (sub-index) of a unit in a period. */
export const PeriodItemParams = PeriodUnitParams.extend({ subCode: z.string().min(1).max(20) });

/** Body of `POST /api/periods/:year/approve`: the approving decision, e.g. 684/QĐ-UBND of 2024-04-03. */
export const PeriodApproval = z.object({
  decisionNumber: z.string().trim().min(3).max(50),
  decisionDate: IsoDate,
});
/** Body of `POST /api/periods/:year/approve`. */
export type PeriodApproval = z.infer<typeof PeriodApproval>;
