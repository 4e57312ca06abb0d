import { z } from 'zod';
import { UnitCode } from './units';

/** A council member's assignment: a unit, or a main index of a set. */
export const CouncilAssignment = z.object({
  id: z.number().int(),
  memberId: z.number().int(),
  memberName: z.string(),
  unitCode: z.string().nullable(),
  setId: z.string().nullable(),
  indexCode: z.string().nullable(),
});
/** A council member's assignment. */
export type CouncilAssignment = z.infer<typeof CouncilAssignment>;

/** Body of `POST /api/periods/:year/review/assignments`: `unitCode`, or `setId` + `indexCode`. */
export const AssignmentCreate = z.union([
  z.object({ memberId: z.number().int().positive(), unitCode: UnitCode }),
  z.object({ memberId: z.number().int().positive(), setId: z.string().min(1), indexCode: z.string().min(1) }),
]);
/** Body of `POST /api/periods/:year/review/assignments`. */
export type AssignmentCreate = z.infer<typeof AssignmentCreate>;

/**
 * Body of `POST …/items/:subCode/review`: accept the self-assessed points, adjust them (a reason
 * is required), or ask for more evidence (a message is required; the unit answers within the
 * period's `answerDays`).
 */
export const ItemReviewAction = z.discriminatedUnion('action', [
  z.object({ action: z.literal('accept') }),
  z.object({
    action: z.literal('adjust'),
    points: z.number().min(0),
    reason: z.string().trim().min(3).max(2000),
  }),
  z.object({ action: z.literal('request'), message: z.string().trim().min(3).max(2000) }),
]);
/** Body of `POST …/items/:subCode/review`. */
export type ItemReviewAction = z.infer<typeof ItemReviewAction>;

/** Body of `POST …/items/:subCode/answer`: the unit's answer (values changed beforehand with PUT). */
export const ItemAnswer = z.object({ note: z.string().trim().min(1).max(2000) });
/** Body of `POST …/items/:subCode/answer`. */
export type ItemAnswer = z.infer<typeof ItemAnswer>;

/** One row of the progress board. */
export const ReviewProgress = z.object({
  memberId: z.number().int(),
  memberName: z.string(),
  assigned: z.number().int(),
  done: z.number().int(),
  left: z.number().int(),
});
/** One row of the progress board. */
export type ReviewProgress = z.infer<typeof ReviewProgress>;
