// The signed-in homes (issue 14): one aggregated answer per role's first screen, gathered from the
// existing services (published results, kept rank intervals, completeness of the open period).
import type { LineageLink } from '@dti/core';
import type { LeaderHome } from '@dti/contract';
import type { Store } from '../../db/store';
import type { PeriodHead } from '../../db/periods.repository';
import type { UnitRow } from '../../db/units.repository';
import type { AnalysisService } from '../analysis/analysis.service';
import { readAllLineageWeights } from '../analysis/lineage-weights.service';
import { isUnitInYear, setForKind, type FrameworkCache } from '../cycle/cycle-context';
import { requireRole, type Actor } from '../shared/actor';
import type { Clock } from '../shared/clock';
import { leaderOverview } from './leader-overview';

/** What the home service needs. */
export interface HomeDeps {
  store: Store;
  frameworks: FrameworkCache;
  analysis: Pick<AnalysisService, 'rankIntervals' | 'keptIntervals'>;
  clock: Clock;
}

/** Period states in which units are still entering or the council is reviewing the current year. */
const runningStates = new Set(['open', 'closed', 'under_review']);

/** The published overview, cached for the pair of published periods it was computed from. */
interface CachedOverview {
  key: string;
  sets: Promise<LeaderHome['sets']>;
}

const keyOf = (p: PeriodHead | undefined) => (p ? `${p.id}@${p.updatedAt.toISOString()}` : '-');

/** Home use cases. */
export function createHomeService(deps: HomeDeps) {
  const { store, frameworks } = deps;
  // A published snapshot never changes: the overview of a pair of published periods is computed once
  // per process and served again while both periods' rows are unchanged (checked on every call).
  let cached: CachedOverview | undefined;

  /**
   * The overview of the latest published year against the one before. Reads only the ranks of the two
   * snapshots (not the snapshots, which weigh megabytes) and the rank intervals kept when the year was
   * published; simulates them only when they were not kept.
   */
  async function publishedOverview(
    latest: PeriodHead,
    before: PeriodHead | undefined,
    actor: Actor,
    registry: () => Promise<UnitRow[]>,
  ) {
    const { repos } = store;
    const [framework, previousFramework, ranks, previousRanks, units, lineage, weights] = await Promise.all([
      frameworks.get(repos, latest.frameworkId),
      before ? frameworks.get(repos, before.frameworkId) : undefined,
      repos.periods.findSnapshotRanks(latest.year),
      before ? repos.periods.findSnapshotRanks(before.year) : undefined,
      registry(),
      repos.units.listAllLineage(),
      readAllLineageWeights(repos),
    ]);
    if (!ranks) return [];
    const setIds = ranks.sets.filter((s) => s.units.length > 0).map((s) => s.set);
    const snapshot = { year: latest.year, frameworkId: latest.frameworkId, computedAt: ranks.computedAt };
    const intervals =
      (await deps.analysis.keptIntervals(snapshot, setIds)) ??
      (await deps.analysis.rankIntervals(actor, latest.year, undefined, { publicOnly: true }));
    const codeOf = new Map(units.map((u) => [u.id, u.code]));
    const links: LineageLink[] = lineage.flatMap((l) => {
      const from = codeOf.get(l.fromUnitId);
      const to = codeOf.get(l.toUnitId);
      return from && to
        ? [{ kind: l.kind as LineageLink['kind'], from, to, effectiveDate: l.effectiveDate }]
        : [];
    });
    // The set of the year before that assessed the same kind of unit (framework versions rename sets).
    const setFor: Record<string, string> = {};
    for (const set of framework.sets) {
      const was = previousFramework && setForKind(previousFramework, set.unitKind);
      if (was) setFor[set.id] = was.id;
    }
    return leaderOverview({
      framework,
      sets: ranks.sets,
      previous:
        before && previousRanks && previousFramework
          ? { year: before.year, sets: previousRanks.sets, levels: previousFramework.levels, setFor }
          : undefined,
      lineage: {
        links,
        validFrom: Object.fromEntries(units.map((u) => [u.code, u.validFrom])),
        weights,
      },
      intervals,
      districtCodes: new Set(units.filter((u) => u.kind === 'district').map((d) => d.code)),
    });
  }

  return {
    /** The leader's overview: the latest published year against the one before, and the open period. */
    async leader(actor: Actor): Promise<LeaderHome> {
      requireRole(actor, ['admin', 'leader', 'council_member']);
      const periods = await store.repos.periods.listPeriodHeads(); // newest first
      const published = periods.filter((p) => p.state === 'published' && p.hasSnapshot);
      const [latest, before] = published;
      const running = periods.find((p) => runningStates.has(p.state));
      // The registry is read once for both parts, which run together.
      let units: Promise<UnitRow[]> | undefined;
      const registry = () => (units ??= store.repos.units.listUnits());
      const openPart = running ? openPeriod(running, registry) : Promise.resolve(null);
      if (!latest) {
        const open = await openPart;
        return { year: null, previousYear: null, framework: null, previousFramework: null, sets: [], open };
      }
      const key = `${keyOf(latest)}|${keyOf(before)}`;
      if (cached?.key !== key) {
        const sets = publishedOverview(latest, before, actor, registry);
        cached = { key, sets };
        sets.catch(() => {
          if (cached?.sets === sets) cached = undefined;
        });
      }
      const [sets, open] = await Promise.all([cached.sets, openPart]);
      return {
        year: latest.year,
        previousYear: before?.year ?? null,
        framework: latest.frameworkId,
        previousFramework: before?.frameworkId ?? null,
        sets,
        open,
      };
    },
  };

  /** Per set of a running period: units started, submitted (late), overdue after the set's deadline. */
  async function openPeriod(
    period: PeriodHead,
    registry: () => Promise<UnitRow[]>,
  ): Promise<LeaderHome['open']> {
    const { year } = period;
    const [framework, units, counts, submitted, deadlines] = await Promise.all([
      frameworks.get(store.repos, period.frameworkId),
      registry(),
      store.repos.assessments.countItemsByUnit(period.id),
      store.repos.assessments.listSubmissions(period.id),
      store.repos.periods.listDeadlines(period.id),
    ]);
    const started = new Set(counts.filter((c) => c.items > 0).map((c) => c.unitId));
    const submissions = new Map(submitted.map((s) => [s.unitId, s]));
    const now = deps.clock.now();
    return {
      year,
      state: period.state,
      sets: framework.sets.flatMap((set) => {
        const inSet = units.filter(
          (u) => setForKind(framework, u.kind)?.id === set.id && isUnitInYear(u, year),
        );
        if (inSet.length === 0) return [];
        const deadline = deadlines.find((d) => d.setId === set.id)?.deadline ?? null;
        const done = inSet.filter((u) => submissions.has(u.id));
        return [
          {
            setId: set.id,
            setName: set.name,
            deadline: deadline?.toISOString() ?? '',
            units: inSet.length,
            started: inSet.filter((u) => started.has(u.id) || submissions.has(u.id)).length,
            submitted: done.length,
            submittedLate: done.filter((u) => submissions.get(u.id)?.late === true).length,
            // Past the set's deadline, every unit not submitted is late (extensions aside).
            overdue: deadline !== null && deadline <= now ? inSet.length - done.length : 0,
          },
        ];
      }),
    };
  }
}

/** Home use cases. */
export type HomeService = ReturnType<typeof createHomeService>;
