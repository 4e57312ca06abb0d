// The first screen of a unit's officer and head (issue 14 §2): the unit's deadline, progress and next
// things to do in the running period, and its latest published result; and the unit's own published
// years for `/app/my-results`. Always the signed-in account's own unit.
import { z } from 'zod';
import { GroupRankInterval } from './analysis';
import { Assessment } from './assessments';
import { FrameworkDetail } from './frameworks';
import { Period } from './periods';
import { UnitDetail } from './units';

/** One thing the unit should do next, with the points it puts at stake. */
export const OfficerNextItem = z.object({
  /** `answer`: the council asked about it; `missing`: no value yet; `evidence`: points claimed, no evidence. */
  kind: z.enum(['answer', 'missing', 'evidence']),
  subCode: z.string(),
  name: z.string(),
  indexCode: z.string(),
  indexName: z.string(),
  /** Points at stake: the sub-index maximum when missing, the points claimed when evidence is missing. */
  points: z.number(),
  /** The end of the window to answer the council (kind `answer`). */
  answerUntil: z.string().nullable(),
});
/** One next thing to do. */
export type OfficerNextItem = z.infer<typeof OfficerNextItem>;

/** How far the unit's self-assessment is. */
export const OfficerProgress = z.object({
  /** Sub-indices of the unit's set. */
  itemsTotal: z.number().int(),
  /** Sub-indices with a value. */
  itemsEntered: z.number().int(),
  /** Entered sub-indices whose framework asks for evidence. */
  evidenceRequired: z.number().int(),
  /** Of those, with at least one evidence file or link. */
  evidenceAttached: z.number().int(),
  /** Items the council asked about, not answered yet. */
  reviewRequested: z.number().int(),
  /** Items the council asked about, answered by the unit. */
  reviewAnswered: z.number().int(),
});
/** Progress of a unit's self-assessment. */
export type OfficerProgress = z.infer<typeof OfficerProgress>;

/** The unit in the running period. */
export const OfficerPeriod = z.object({
  year: z.number().int(),
  state: z.string(),
  frameworkId: z.string(),
  /** The unit's deadline: the set's, or the unit's extension when later (ISO instant). */
  deadline: z.string(),
  /** The same in Vietnam time, `dd/mm/yyyy HH:mm`. */
  deadlineText: z.string(),
  /** The deadline is the unit's extension. */
  extended: z.boolean(),
  /** The unit may still enter values now. */
  canWrite: z.boolean(),
  submittedAt: z.string().nullable(),
  submittedLate: z.boolean().nullable(),
  progress: OfficerProgress,
  /** Live estimate from the values saved so far (relative items not counted). */
  estimate: z.object({
    total: z.number(),
    percent: z.number(),
    level: z.string(),
    maxPoints: z.number(),
  }),
  /** At most ten, council questions first, then by points at stake. */
  next: z.array(OfficerNextItem),
  /** How many more there are beyond `next`. */
  nextMore: z.number().int(),
});
/** The unit in the running period. */
export type OfficerPeriod = z.infer<typeof OfficerPeriod>;

/** A main index or sub-index where the unit stands well above or below its group. */
export const OfficerFinding = z.object({
  kind: z.enum(['index', 'subIndex']),
  code: z.string(),
  name: z.string(),
  /** Distance from the group average, in percentage points of the item's maximum. */
  gap: z.number(),
  explanation: z.string(),
});

/** The least-effort plan to the next level (from the analysis service). */
export const OfficerPlan = z.object({
  targetLevel: z.string().nullable(),
  targetLevelName: z.string().nullable(),
  alreadyReached: z.boolean(),
  reachable: z.boolean(),
  message: z.string(),
  actions: z.array(
    z.object({
      subIndex: z.string(),
      name: z.string(),
      indexCode: z.string(),
      points: z.number(),
      partial: z.boolean(),
      message: z.string(),
    }),
  ),
  projected: z.object({ total: z.number(), percent: z.number(), level: z.string(), rank: z.number().int() }),
});
/** A plan to the next level. */
export type OfficerPlan = z.infer<typeof OfficerPlan>;

/** A unit's published result of one year (as published; no derived figures). */
export const MyResultYear = z.object({
  year: z.number().int(),
  framework: z.string(),
  setId: z.string(),
  setName: z.string(),
  maxPoints: z.number(),
  total: z.number(),
  percent: z.number(),
  level: z.string(),
  rank: z.number().int(),
  /** Units ranked in the set. */
  rankOf: z.number().int(),
  /** The unit's ranking group (district of a commune), if ranked in groups. */
  group: z.string().nullable(),
  groupRank: z.number().int().nullable(),
  groupSize: z.number().int().nullable(),
});
/** A unit's published result of one year. */
export type MyResultYear = z.infer<typeof MyResultYear>;

/** The latest published result with its rank interval, strengths, weaknesses and plan. */
export const OfficerLastResult = MyResultYear.extend({
  /** The 90 % rank interval kept for the published snapshot (null: not computed). */
  interval: z
    .object({
      lowRank: z.number().int(),
      highRank: z.number().int(),
      medianRank: z.number().int(),
      group: GroupRankInterval.optional(),
    })
    .nullable(),
  strengths: z.array(OfficerFinding),
  weaknesses: z.array(OfficerFinding),
  plan: OfficerPlan.nullable(),
});
/** The latest published result of the unit. */
export type OfficerLastResult = z.infer<typeof OfficerLastResult>;

/** The signed-in account's unit. */
export const OfficerUnit = z.object({
  code: z.string(),
  name: z.string(),
  setId: z.string().nullable(),
  setName: z.string().nullable(),
});

/** `GET /api/home/officer`: where the unit stands and what to do next. */
export const OfficerHome = z.object({
  /** Null: the account has no unit. */
  unit: OfficerUnit.nullable(),
  /** The running period (open, closed, in review, ranked or approved); null: none runs. */
  period: OfficerPeriod.nullable(),
  /** The latest published year with the unit's own result; null: none. */
  lastResult: OfficerLastResult.nullable(),
  /** Every year with the unit's own published result, newest first. */
  publishedYears: z.array(z.number().int()),
});
/** The officer's home. */
export type OfficerHome = z.infer<typeof OfficerHome>;

/** `GET /api/home/officer/results`: every published year of the signed-in account's unit. */
export const MyResults = z.object({
  unit: OfficerUnit.nullable(),
  /** Newest first. */
  years: z.array(MyResultYear),
});
/** The unit's own published results. */
export type MyResults = z.infer<typeof MyResults>;

/** Query of `GET /api/home/officer/form`: the year asked in the form's address (`?year=`), if any. */
export const OfficerFormQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/**
 * The officer's form's first screen in one read (`GET /api/home/officer/form`), instead of four one
 * after the other: each part is exactly what its own address answers (`/api/units/:id`,
 * `/api/periods`, the year's assessment, `/api/frameworks/:id?set=`). `year` is the period the form
 * opens on (the one asked, else the open one, else the newest); `assessment` and `framework` are null
 * when there is no period or the assessment cannot be read (its own address then tells why).
 */
export const OfficerFormStart = z.object({
  unit: UnitDetail,
  periods: z.array(Period),
  year: z.number().int().nullable(),
  assessment: Assessment.nullable(),
  framework: FrameworkDetail.nullable(),
});
/** The officer's form's first screen. */
export type OfficerFormStart = z.infer<typeof OfficerFormStart>;
