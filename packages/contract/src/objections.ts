import { z } from 'zod';

/**
 * The objection window of a period: opened by an administrator when the results are frozen
 * (state `ranked`), before approval. `until` absent: 5 working days (Monday–Friday, Vietnam time;
 * public holidays are not counted) from today.
 */
export const ObjectionWindowSet = z.object({ until: z.iso.datetime({ offset: true }).optional() });
/** Body of `PUT /api/periods/:year/objection-window`. */
export type ObjectionWindowSet = z.infer<typeof ObjectionWindowSet>;

/** The window as the API shows it (`open`: objections accepted now). */
export const ObjectionWindow = z.object({
  year: z.number().int(),
  openedAt: z.string().nullable(),
  until: z.string().nullable(),
  open: z.boolean(),
  pending: z.number().int(),
});
/** The objection window. */
export type ObjectionWindow = z.infer<typeof ObjectionWindow>;

/** Body of `POST …/items/:subCode/objection`: why the unit objects, and evidence ids of that item. */
export const ObjectionCreate = z.object({
  reason: z.string().trim().min(3).max(2000),
  evidenceIds: z.array(z.number().int().positive().max(2_147_483_647)).max(20).default([]),
});
/** Body of `POST …/items/:subCode/objection`. */
export type ObjectionCreate = z.input<typeof ObjectionCreate>;

/** The council's answer: upheld with the new points, or rejected; a reason either way. */
export const ObjectionAnswer = z.discriminatedUnion('decision', [
  z.object({
    decision: z.literal('upheld'),
    points: z.number().min(0),
    reason: z.string().trim().min(3).max(2000),
  }),
  z.object({ decision: z.literal('rejected'), reason: z.string().trim().min(3).max(2000) }),
]);
/** Body of `POST /api/periods/:year/objections/:id/answer`. */
export type ObjectionAnswer = z.infer<typeof ObjectionAnswer>;

/** One objection. */
export const Objection = z.object({
  id: z.number().int(),
  year: z.number().int(),
  unitCode: z.string(),
  unitName: z.string(),
  subCode: z.string(),
  subName: z.string(),
  reason: z.string(),
  evidenceIds: z.array(z.number().int()),
  councilPoints: z.number(),
  councilReason: z.string().nullable(),
  status: z.enum(['pending', 'upheld', 'rejected']),
  answer: z.string().nullable(),
  pointsAfter: z.number().nullable(),
  lodgedBy: z.string(),
  lodgedAt: z.string(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
});
/** One objection. */
export type Objection = z.infer<typeof Objection>;

/** An item the council adjusted, as its unit sees it during the window. */
export const AdjustedItem = z.object({
  subCode: z.string(),
  subName: z.string(),
  maxPoints: z.number(),
  councilPoints: z.number(),
  councilReason: z.string().nullable(),
  objection: Objection.nullable(),
});
/** An adjusted item. */
export type AdjustedItem = z.infer<typeof AdjustedItem>;

/** What a unit sees: the window and every adjusted item with its objection. */
export const UnitObjections = z.object({ window: ObjectionWindow, items: z.array(AdjustedItem) });
/** What a unit sees. */
export type UnitObjections = z.infer<typeof UnitObjections>;
