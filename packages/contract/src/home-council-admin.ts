// The council member's and the administrator's first screens (issue 14 §3, §4): one aggregated
// answer each, built on the server from assignments, item reviews, anomalies and the period's steps.
import { z } from 'zod';
import { ReviewProgress } from './review';

/**
 * Where a unit of a council member's queue stands: nothing reviewed yet, some items reviewed,
 * waiting for the unit's answer to a request for evidence, every assigned item reviewed.
 */
export const CouncilQueueState = z.enum(['not_started', 'in_progress', 'asked', 'done']);
/** Where a unit of the queue stands. */
export type CouncilQueueState = z.infer<typeof CouncilQueueState>;

/** One unit of the council member's queue. */
export const CouncilQueueRow = z.object({
  unitCode: z.string(),
  unitName: z.string(),
  setId: z.string(),
  setName: z.string(),
  /** The main indices reviewed for this unit (null: all its items, an assignment by unit). */
  indexCodes: z.array(z.string()).nullable(),
  /** The unit has submitted its self-assessment. */
  submitted: z.boolean(),
  /** Items (sub-indices) assigned for review, and how many are accepted or adjusted. */
  toReview: z.number().int(),
  reviewed: z.number().int(),
  /** Items with a request for evidence waiting for the unit's answer. */
  asked: z.number().int(),
  state: CouncilQueueState,
  /** Anomaly flags on the unit's items (all, and of high severity). */
  anomalies: z.number().int(),
  highAnomalies: z.number().int(),
});
/** One unit of the council member's queue. */
export type CouncilQueueRow = z.infer<typeof CouncilQueueRow>;

/** `GET /api/home/council`: the council member's queue, deadline and the whole council's progress. */
export const CouncilHome = z.object({
  /** The period the council works on: the newest open, closed, under review or ranked (null: none). */
  period: z.object({ year: z.number().int(), state: z.string(), frameworkId: z.string() }).nullable(),
  /** The council's review deadline (instant) and the same in Vietnam time `dd/mm/yyyy HH:mm`. */
  reviewDeadline: z.string().nullable(),
  reviewDeadlineVietnam: z.string().nullable(),
  /** The member's units (every member's for an administrator), those needing action first. */
  queue: z.array(CouncilQueueRow),
  /** Anomalies could not be computed (the queue still shows): the reason, else null. */
  anomaliesError: z.string().nullable(),
  /** The progress board of the whole council, and its totals. */
  progress: z.object({
    members: z.array(ReviewProgress),
    assigned: z.number().int(),
    done: z.number().int(),
  }),
});
/** The council member's home. */
export type CouncilHome = z.infer<typeof CouncilHome>;

/** The steps of a year's cycle, in order. */
export const adminStepKeys = [
  'framework',
  'open',
  'reminders',
  'submitted',
  'council',
  'review',
  'snapshot',
  'approval',
  'published',
] as const;
/** A step of the cycle. */
export const AdminStepKey = z.enum(adminStepKeys);
/** A step of the cycle. */
export type AdminStepKey = z.infer<typeof AdminStepKey>;

/** The state of a step: done, under way, not yet its turn, or blocked (with the reason). */
export const AdminStepState = z.enum(['done', 'in_progress', 'not_yet', 'blocked']);
/** The state of a step. */
export type AdminStepState = z.infer<typeof AdminStepState>;

/** Why a step is blocked: a stable code the web words. */
export const AdminBlockReason = z.enum([
  'deadline_passed_units_missing',
  'no_council_assignment',
  'requests_unanswered',
  'objections_pending',
  'objection_window_open',
]);
/** Why a step is blocked. */
export type AdminBlockReason = z.infer<typeof AdminBlockReason>;

/** One step of the checklist, with its figures (null when the step has none) and where to do it. */
export const AdminStep = z.object({
  key: AdminStepKey,
  state: AdminStepState,
  blockedBy: AdminBlockReason.nullable(),
  done: z.number().int().nullable(),
  total: z.number().int().nullable(),
  /** A word to show with the step: framework id, decision number and date, a date in Vietnam time. */
  detail: z.string().nullable(),
  link: z.string(),
});
/** One step of the checklist. */
export type AdminStep = z.infer<typeof AdminStep>;

/** `GET /api/home/admin`: the current year's cycle as a checklist. */
export const AdminHome = z.object({
  /** The newest period not published, else the newest published (null: no period yet). */
  year: z.number().int().nullable(),
  state: z.string().nullable(),
  frameworkId: z.string().nullable(),
  steps: z.array(AdminStep),
  /** Units submitted of those in force, per set. */
  submittedBySet: z.array(
    z.object({
      setId: z.string(),
      setName: z.string(),
      submitted: z.number().int(),
      units: z.number().int(),
    }),
  ),
  /** The first step not done (null: all done or no period). */
  next: AdminStepKey.nullable(),
});
/** The administrator's home. */
export type AdminHome = z.infer<typeof AdminHome>;
