// The council member's and the administrator's homes (issue 14 §3, §4): the facts gathered from the
// existing repositories and services, shaped by the pure `council-queue.ts` and `admin-checklist.ts`.
import type { AdminHome, CouncilHome, PeriodState } from '@dti/contract';
import type { AnomalyFlag } from '@dti/core';
import type { Store } from '../../db/store';
import type { AnalysisService } from '../analysis/analysis.service';
import { isUnitInYear, loadPeriod, setForKind, type FrameworkCache } from '../cycle/cycle-context';
import type { ReviewService } from '../cycle/review.service';
import { formatDateVi, formatVietnam, reviewDeadlineOf } from '../cycle/vietnam-time';
import { requireRole, type Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import { buildAdminChecklist, nextStep } from './admin-checklist';
import { buildCouncilQueue } from './council-queue';

/** What the council and administrator homes need. */
export interface CouncilAdminHomeDeps {
  store: Store;
  frameworks: FrameworkCache;
  analysis: Pick<AnalysisService, 'anomalies'>;
  review: Pick<ReviewService, 'progress'>;
  clock: Clock;
}

/** States in which the council works on a period (assignments made, review, objections). */
const councilStates = new Set(['open', 'closed', 'under_review', 'ranked']);

/** The council member's and the administrator's home use cases. */
export function createCouncilAdminHomeService(deps: CouncilAdminHomeDeps) {
  const { store, frameworks } = deps;

  /** The anomaly flags of the given sets; an error is reported, not thrown. */
  async function anomalyFlags(actor: Actor, year: number, setIds: readonly string[]) {
    const flags: AnomalyFlag[] = [];
    try {
      for (const setId of setIds) {
        for (const set of await deps.analysis.anomalies(actor, year, setId)) flags.push(...set.flags);
      }
      return { flags, error: null };
    } catch (error) {
      return {
        flags,
        error: error instanceof AppError ? error.message : 'Không tính được cảnh báo bất thường.',
      };
    }
  }

  return {
    /** The council member's queue in the period the council works on, its deadline and the council's progress. */
    async council(actor: Actor): Promise<CouncilHome> {
      requireRole(actor, ['council_member', 'admin']);
      const heads = await store.repos.periods.listPeriodHeads(); // newest first
      const head = heads.find((p) => councilStates.has(p.state));
      if (!head) {
        return {
          period: null,
          reviewDeadline: null,
          reviewDeadlineVietnam: null,
          queue: [],
          anomaliesError: null,
          progress: { members: [], assigned: 0, done: 0 },
        };
      }
      const year = head.year;
      const { period, framework } = await loadPeriod(store.repos, frameworks, year);
      const member = actor.kind === 'user' && actor.role === 'council_member' ? actor.userId : undefined;
      const [assignments, allUnits, items, submissions, progress] = await Promise.all([
        store.repos.review.listAssignments(period.id, member),
        store.repos.units.listUnits(),
        store.repos.assessments.listPeriodItems(period.id),
        store.repos.assessments.listSubmissions(period.id),
        deps.review.progress(actor, year),
      ]);
      const units = allUnits.filter((u) => isUnitInYear(u, year));
      // A member never reviews their own agency (the progress board leaves it out the same way).
      const ownUnitIds = new Set<number>();
      if (member !== undefined && actor.kind === 'user' && actor.unitId !== null)
        ownUnitIds.add(actor.unitId);
      const setIds = new Set<string>();
      for (const a of assignments) {
        if (a.setId !== null) setIds.add(a.setId);
        const unit = a.unitId === null ? undefined : units.find((u) => u.id === a.unitId);
        const set = unit ? setForKind(framework, unit.kind) : undefined;
        if (set) setIds.add(set.id);
      }
      const anomalies = await anomalyFlags(actor, year, [...setIds].sort());
      const queue = buildCouncilQueue({
        framework,
        units,
        assignments,
        ownUnitIds,
        items,
        submittedUnitIds: new Set(submissions.map((s) => s.unitId)),
        anomalies: anomalies.flags,
        now: deps.clock.now(),
      });
      const deadline = reviewDeadlineOf(period);
      return {
        period: { year, state: period.state, frameworkId: period.frameworkId },
        reviewDeadline: deadline.toISOString(),
        reviewDeadlineVietnam: formatVietnam(deadline),
        queue,
        anomaliesError: anomalies.error,
        progress: {
          members: progress,
          assigned: progress.reduce((n, m) => n + m.assigned, 0),
          done: progress.reduce((n, m) => n + m.done, 0),
        },
      };
    },

    /** The current year's cycle as a checklist: the newest period not published, else the newest. */
    async admin(actor: Actor): Promise<AdminHome> {
      requireRole(actor, ['admin']);
      const heads = await store.repos.periods.listPeriodHeads(); // newest first
      const head = heads.find((p) => p.state !== 'published') ?? heads[0];
      if (!head) {
        return { year: null, state: null, frameworkId: null, steps: [], submittedBySet: [], next: null };
      }
      const year = head.year;
      const { period, framework } = await loadPeriod(store.repos, frameworks, year);
      const [allUnits, submissions, items, assignments, deadlines, reminders, pending, window] =
        await Promise.all([
          store.repos.units.listUnits(),
          store.repos.assessments.listSubmissions(period.id),
          store.repos.assessments.listPeriodItems(period.id),
          store.repos.review.listAssignments(period.id),
          store.repos.periods.listDeadlines(period.id),
          store.repos.notifications.countReminders(year),
          store.repos.objections.countPending(period.id),
          store.repos.objections.findWindow(period.id),
        ]);
      const units = allUnits.filter((u) => isUnitInYear(u, year));
      const submitted = new Set(submissions.map((s) => s.unitId));
      const sets = framework.sets.flatMap((set) => {
        const inSet = units.filter((u) => setForKind(framework, u.kind)?.id === set.id);
        if (inSet.length === 0) return [];
        return [
          {
            setId: set.id,
            setName: set.name,
            units: inSet.length,
            submitted: inSet.filter((u) => submitted.has(u.id)).length,
          },
        ];
      });
      const coveredSets = new Set(assignments.filter((a) => a.unitId === null).map((a) => a.setId));
      const coveredUnits = new Set(assignments.flatMap((a) => (a.unitId === null ? [] : [a.unitId])));
      const councilCovered = units.filter(
        (u) => coveredUnits.has(u.id) || coveredSets.has(setForKind(framework, u.kind)?.id ?? null),
      ).length;
      const reviewable = items.filter((i) => submitted.has(i.unitId));
      const lastDeadline = deadlines.reduce<Date | null>(
        (max, d) => (max === null || d.deadline > max ? d.deadline : max),
        null,
      );
      const steps = buildAdminChecklist(
        {
          year,
          state: period.state as PeriodState,
          frameworkId: period.frameworkId,
          now: deps.clock.now(),
          lastDeadline,
          sets,
          reminders,
          councilCovered,
          reviewed: reviewable.filter((i) => i.reviewStatus === 'accepted' || i.reviewStatus === 'adjusted')
            .length,
          reviewTotal: reviewable.length,
          requestsOpen: reviewable.filter((i) => i.reviewStatus === 'requested').length,
          pendingObjections: pending,
          objectionWindowUntil: window?.until ?? null,
          decisionNumber: period.decisionNumber,
          decisionDate: period.decisionDate,
        },
        { formatInstant: formatVietnam, formatDate: formatDateVi },
      );
      return {
        year,
        state: period.state,
        frameworkId: period.frameworkId,
        steps,
        submittedBySet: sets,
        next: nextStep(steps),
      };
    },
  };
}

/** The council member's and the administrator's home use cases. */
export type CouncilAdminHomeService = ReturnType<typeof createCouncilAdminHomeService>;
