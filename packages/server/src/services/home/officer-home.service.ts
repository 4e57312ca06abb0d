// The officer's and head's home (issue 14 §2) and the unit's own published years: always the signed-in
// account's own unit. Gathered from the existing services: the assessment (deadline, items, evidence,
// submission, estimate), the kept rank intervals, strengths and the plan of the analysis service.
import type { Framework, ImprovementPlan, SetResults, StrengthItem, UnitResult } from '@dti/core';
import type { MyResults, MyResultYear, OfficerHome, OfficerLastResult, OfficerPeriod } from '@dti/contract';
import type { PeriodHead } from '../../db/periods.repository';
import type { Store } from '../../db/store';
import type { UnitRow } from '../../db/units.repository';
import type { AnalysisService } from '../analysis/analysis.service';
import type { AssessmentService } from '../cycle/assessment.service';
import { isUnitInYear, setForKind, type FrameworkCache } from '../cycle/cycle-context';
import type { ResultsSnapshot } from '../cycle/results.service';
import { formatVietnam } from '../cycle/vietnam-time';
import { requireRole, type Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import { officerNext } from './officer-next';

/** What the officer's home needs. */
export interface OfficerHomeDeps {
  store: Store;
  frameworks: FrameworkCache;
  assessment: Pick<AssessmentService, 'getAssessment'>;
  analysis: Pick<AnalysisService, 'rankIntervals' | 'strengths' | 'plan'>;
  clock: Clock;
}

/** How many strengths and weaknesses the home lists. */
const FINDINGS_SHOWN = 5;

/** A period a unit is still working on (entering, answering the council, objecting): not draft, not published. */
const isRunning = (p: PeriodHead) => p.state !== 'draft' && p.state !== 'published';

/** Each unit's published result of one period, by unit code. */
function resultsByUnit(framework: Framework, year: number, sets: readonly SetResults[]) {
  const out = new Map<string, MyResultYear>();
  for (const s of sets) {
    const setName = framework.sets.find((x) => x.id === s.set)?.name ?? s.set;
    const groupSizes = new Map<string, number>();
    for (const u of s.units) if (u.group) groupSizes.set(u.group, (groupSizes.get(u.group) ?? 0) + 1);
    for (const u of s.units) out.set(u.code, yearOf(year, s, setName, u, groupSizes));
  }
  return out;
}

function yearOf(
  year: number,
  s: SetResults,
  setName: string,
  u: UnitResult,
  groupSizes: ReadonlyMap<string, number>,
): MyResultYear {
  return {
    year,
    framework: s.framework,
    setId: s.set,
    setName,
    maxPoints: s.maxPoints,
    total: u.total,
    percent: u.percent,
    level: u.level,
    rank: u.rank,
    rankOf: s.units.length,
    group: u.group ?? null,
    groupRank: u.groupRank ?? null,
    groupSize: u.group ? (groupSizes.get(u.group) ?? null) : null,
  };
}

const findingOf = (s: StrengthItem) => ({
  kind: s.kind,
  code: s.code,
  name: s.name,
  gap: s.gap,
  explanation: s.explanation,
});

function planOf(plan: ImprovementPlan): OfficerLastResult['plan'] {
  return {
    targetLevel: plan.target.kind === 'level' ? plan.target.level : null,
    targetLevelName: plan.target.kind === 'level' ? plan.target.levelName : null,
    alreadyReached: plan.alreadyReached,
    reachable: plan.reachable,
    message: plan.message,
    actions: plan.actions.map((a) => ({
      subIndex: a.subIndex,
      name: a.name,
      indexCode: a.indexCode,
      points: a.points,
      partial: a.partial,
      message: a.message,
    })),
    projected: plan.projected,
  };
}

/** The officer's home use cases. */
export function createOfficerHomeService(deps: OfficerHomeDeps) {
  const { store, frameworks } = deps;
  // A published snapshot never changes: each period's results by unit are extracted once per process
  // and kept while the period's row is unchanged (its `updatedAt`, checked on every call).
  const published = new Map<number, { key: string; byUnit: Promise<Map<string, MyResultYear>> }>();

  function publishedByUnit(head: PeriodHead): Promise<Map<string, MyResultYear>> {
    const key = `${head.id}@${head.updatedAt.toISOString()}`;
    const hit = published.get(head.id);
    if (hit?.key === key) return hit.byUnit;
    const byUnit = (async () => {
      const row = await store.repos.periods.findPeriodByYear(head.year);
      if (!row?.snapshot) return new Map<string, MyResultYear>();
      const framework = await frameworks.get(store.repos, row.frameworkId);
      return resultsByUnit(framework, row.year, (row.snapshot as ResultsSnapshot).sets);
    })();
    published.set(head.id, { key, byUnit });
    byUnit.catch(() => {
      if (published.get(head.id)?.byUnit === byUnit) published.delete(head.id);
    });
    return byUnit;
  }

  /** The actor's unit, the periods newest first, and the unit's published years newest first. */
  async function ownUnit(actor: Actor) {
    requireRole(actor, ['unit_officer', 'unit_head']);
    const unitId = actor.kind === 'user' ? actor.unitId : null;
    const unit = unitId === null ? undefined : await store.repos.units.findUnitById(unitId);
    const heads = await store.repos.periods.listPeriodHeads(); // newest first
    const years: MyResultYear[] = [];
    if (unit) {
      for (const head of heads.filter((p) => p.state === 'published' && p.hasSnapshot)) {
        const mine = (await publishedByUnit(head)).get(unit.code);
        if (mine) years.push(mine);
      }
    }
    return { unit, heads, years };
  }

  async function unitAnswer(unit: UnitRow | undefined, heads: readonly PeriodHead[]) {
    if (!unit) return null;
    const head = heads.find(isRunning) ?? heads.find((p) => p.state === 'published') ?? heads[0];
    const framework = head ? await frameworks.get(store.repos, head.frameworkId) : undefined;
    const set = framework ? setForKind(framework, unit.kind) : undefined;
    return { code: unit.code, name: unit.name, setId: set?.id ?? null, setName: set?.name ?? null };
  }

  async function runningPeriod(actor: Actor, unit: UnitRow, head: PeriodHead): Promise<OfficerPeriod> {
    const view = await deps.assessment.getAssessment(actor, head.year, unit.code);
    const end =
      view.extendedUntil !== null && view.extendedUntil > view.deadline ? view.extendedUntil : view.deadline;
    const now = deps.clock.now();
    const { progress, next, nextMore } = officerNext({
      set: view.set,
      items: view.items,
      evidenceCounts: view.evidenceCounts,
      canWrite: view.canWrite,
      now,
    });
    return {
      year: head.year,
      state: view.period.state,
      frameworkId: view.framework.id,
      deadline: end.toISOString(),
      deadlineText: formatVietnam(end),
      extended: end !== view.deadline,
      canWrite: view.canWrite,
      submittedAt: view.submission?.submittedAt.toISOString() ?? null,
      submittedLate: view.submission ? view.submission.late : null,
      progress,
      estimate: {
        total: view.estimate.total,
        percent: view.estimate.percent,
        level: view.estimate.level,
        maxPoints: view.estimate.maxPoints,
      },
      next,
      nextMore,
    };
  }

  async function lastResult(actor: Actor, unit: UnitRow, last: MyResultYear): Promise<OfficerLastResult> {
    const [intervals, strengths, plan] = await Promise.all([
      deps.analysis.rankIntervals(actor, last.year, last.setId, { publicOnly: true }),
      deps.analysis.strengths(actor, last.year, unit.code, { withinGroup: last.group !== null }),
      deps.analysis.plan(actor, last.year, unit.code),
    ]);
    const interval = intervals.flatMap((s) => s.units).find((u) => u.code === unit.code);
    return {
      ...last,
      interval: interval
        ? {
            lowRank: interval.lowRank,
            highRank: interval.highRank,
            medianRank: interval.medianRank,
            ...(interval.group ? { group: interval.group } : {}),
          }
        : null,
      strengths: strengths.report.strengths.slice(0, FINDINGS_SHOWN).map(findingOf),
      weaknesses: strengths.report.weaknesses.slice(0, FINDINGS_SHOWN).map(findingOf),
      plan: planOf(plan),
    };
  }

  return {
    /** The first screen of a unit's officer or head: the running period and the latest published result. */
    async home(actor: Actor): Promise<OfficerHome> {
      const { unit, heads, years } = await ownUnit(actor);
      const running = heads.find(isRunning);
      const [unitView, period, last] = await Promise.all([
        unitAnswer(unit, heads),
        unit && running && isUnitInYear(unit, running.year) ? runningPeriod(actor, unit, running) : null,
        unit && years[0] ? lastResult(actor, unit, years[0]) : null,
      ]);
      return { unit: unitView, period, lastResult: last, publishedYears: years.map((y) => y.year) };
    },

    /** Every published year of the actor's own unit, newest first. */
    async results(actor: Actor): Promise<MyResults> {
      const { unit, heads, years } = await ownUnit(actor);
      return { unit: await unitAnswer(unit, heads), years };
    },
  };
}

/** The officer's home use cases. */
export type OfficerHomeService = ReturnType<typeof createOfficerHomeService>;
