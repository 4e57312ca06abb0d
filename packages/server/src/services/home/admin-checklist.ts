// The administrator's checklist of a year's cycle (issue 14 §4), pure: the facts of one period in,
// each step's state (done / in progress / not yet / blocked with why), its figures and its link out.
import type { AdminBlockReason, AdminStep, AdminStepKey, AdminStepState, PeriodState } from '@dti/contract';
import { periodStates } from '@dti/contract';

/** What is known of a period, gathered by the service. */
export interface AdminFacts {
  year: number;
  state: PeriodState;
  frameworkId: string;
  now: Date;
  /** The latest submission deadline of the period's sets (null: no set). */
  lastDeadline: Date | null;
  /** Units in force and submitted, per set with units. */
  sets: readonly { setId: string; setName: string; units: number; submitted: number }[];
  /** Reminders and escalations created for the period's units. */
  reminders: number;
  /** Units in force covered by a council assignment (by unit or by a main index of their set). */
  councilCovered: number;
  /** Items accepted or adjusted by the council, of the items saved by submitted units. */
  reviewed: number;
  reviewTotal: number;
  /** Requests for evidence still waiting for the unit's answer. */
  requestsOpen: number;
  pendingObjections: number;
  objectionWindowUntil: Date | null;
  decisionNumber: string | null;
  decisionDate: string | null;
}

/** How a step's text is finished: a date shown in Vietnam time by the caller. */
export interface ChecklistOptions {
  formatInstant: (at: Date) => string;
  formatDate: (isoDate: string) => string;
}

const rank = (state: PeriodState) => periodStates.indexOf(state);

/** The steps of a period's cycle, in order. */
export function buildAdminChecklist(facts: AdminFacts, options: ChecklistOptions): AdminStep[] {
  const at = rank(facts.state);
  const past = (state: PeriodState) => at > rank(state);
  const reached = (state: PeriodState) => at >= rank(state);
  const year = facts.year;
  const periods = `/admin/periods?year=${year}`;
  const units = facts.sets.reduce((n, s) => n + s.units, 0);
  const submitted = facts.sets.reduce((n, s) => n + s.submitted, 0);
  const step = (
    key: AdminStepKey,
    state: AdminStepState,
    link: string,
    extra: Partial<Pick<AdminStep, 'done' | 'total' | 'detail' | 'blockedBy'>> = {},
  ): AdminStep => ({ key, state, blockedBy: null, done: null, total: null, detail: null, link, ...extra });
  const blocked = (reason: AdminBlockReason) => ({ blockedBy: reason });

  const deadlinePassed = facts.lastDeadline !== null && facts.lastDeadline <= facts.now;
  const submittedState: AdminStepState = past('open')
    ? 'done'
    : facts.state === 'open'
      ? units > 0 && submitted === units
        ? 'done'
        : 'in_progress'
      : 'not_yet';

  const councilState: AdminStepState =
    units > 0 && facts.councilCovered >= units
      ? 'done'
      : past('under_review')
        ? 'done'
        : facts.councilCovered > 0
          ? 'in_progress'
          : facts.state === 'under_review'
            ? 'blocked'
            : 'not_yet';

  let reviewState: AdminStepState;
  let reviewBlock: AdminBlockReason | null = null;
  if (past('under_review')) reviewState = 'done';
  else if (facts.state !== 'under_review') reviewState = 'not_yet';
  else if (facts.councilCovered === 0) {
    reviewState = 'blocked';
    reviewBlock = 'no_council_assignment';
  } else if (facts.reviewTotal > 0 && facts.reviewed >= facts.reviewTotal) reviewState = 'done';
  else if (facts.requestsOpen > 0 && facts.reviewed + facts.requestsOpen >= facts.reviewTotal) {
    // Everything else is reviewed: only the units' answers are missing.
    reviewState = 'blocked';
    reviewBlock = 'requests_unanswered';
  } else reviewState = 'in_progress';

  let approvalState: AdminStepState = reached('approved') ? 'done' : 'not_yet';
  let approvalBlock: AdminBlockReason | null = null;
  let approvalDetail: string | null = null;
  if (facts.state === 'ranked') {
    if (facts.pendingObjections > 0) {
      approvalState = 'blocked';
      approvalBlock = 'objections_pending';
    } else if (facts.objectionWindowUntil !== null && facts.now < facts.objectionWindowUntil) {
      approvalState = 'blocked';
      approvalBlock = 'objection_window_open';
      approvalDetail = options.formatInstant(facts.objectionWindowUntil);
    }
  }
  if (facts.decisionNumber !== null) {
    approvalDetail = facts.decisionDate
      ? `${facts.decisionNumber} — ${options.formatDate(facts.decisionDate)}`
      : facts.decisionNumber;
  }

  return [
    step('framework', 'done', `/frameworks/${encodeURIComponent(facts.frameworkId)}`, {
      detail: facts.frameworkId,
    }),
    step('open', reached('open') ? 'done' : 'not_yet', periods, {
      detail: facts.lastDeadline ? options.formatInstant(facts.lastDeadline) : null,
    }),
    step(
      'reminders',
      // Reminders are created by the notifications job while the period is open: under way, not a task.
      past('open') ? 'done' : facts.state === 'open' ? 'in_progress' : 'not_yet',
      `${periods}&tab=completeness`,
      { done: facts.reminders },
    ),
    step(
      'submitted',
      submittedState === 'in_progress' && deadlinePassed ? 'blocked' : submittedState,
      `${periods}&tab=completeness`,
      {
        done: submitted,
        total: units,
        ...(submittedState === 'in_progress' && deadlinePassed
          ? blocked('deadline_passed_units_missing')
          : {}),
      },
    ),
    step('council', councilState, `${periods}&tab=council`, {
      done: facts.councilCovered,
      total: units,
      ...(councilState === 'blocked' ? blocked('no_council_assignment') : {}),
    }),
    step('review', reviewState, `/app/appraisal?year=${year}`, {
      done: facts.reviewed,
      total: facts.reviewTotal,
      ...(reviewBlock ? blocked(reviewBlock) : {}),
    }),
    step(
      'snapshot',
      reached('ranked') ? 'done' : 'not_yet',
      reached('ranked') ? `/app/results?year=${year}` : periods,
    ),
    step(
      'approval',
      approvalState,
      approvalBlock === 'objections_pending' ? `/app/objections?year=${year}` : periods,
      { detail: approvalDetail, ...(approvalBlock ? blocked(approvalBlock) : {}) },
    ),
    step(
      'published',
      reached('published') ? 'done' : 'not_yet',
      reached('published') ? `/app/results?year=${year}` : periods,
    ),
  ];
}

/** Steps that move on their own while under way: reminders (the job), submissions (units), review (council). */
const movesByItself = new Set<AdminStepKey>(['reminders', 'submitted', 'review']);

/**
 * The administrator's next step: the first step not done, passing over those under way that others
 * are moving (a blocked one always stops here); null when everything is done.
 */
export function nextStep(steps: readonly AdminStep[]): AdminStepKey | null {
  const next = steps.find(
    (s) =>
      s.state === 'blocked' ||
      (s.state !== 'done' && !(s.state === 'in_progress' && movesByItself.has(s.key))),
  );
  return next?.key ?? steps.find((s) => s.state !== 'done')?.key ?? null;
}
