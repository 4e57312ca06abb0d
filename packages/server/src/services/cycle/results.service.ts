// Results of a period: live (scored now from the values and the council's final points), frozen in
// a snapshot when the period is finalised, approved by decision, then published for everyone.
import type { Framework, SetResults } from '@dti/core';
import type { NoUnits, PeriodApproval } from '@dti/contract';
import type { PeriodRow, PublishedHead } from '../../db/periods.repository';
import type { Repositories, Store } from '../../db/store';
import { requireRole, type Actor } from '../shared/actor';
import { AppError, notFound } from '../shared/app-error';
import type { Clock } from '../shared/clock';
import {
  isUnitInYear,
  loadPeriod,
  noUnitsMessage,
  setForKind,
  type FrameworkCache,
  type PeriodContext,
} from './cycle-context';
import { scoreSetWithOverrides, unitInputFromItems, type UnitWithOverrides } from './cycle-scoring';
import { movePeriodState } from './periods.service';
import { formatVietnam } from './vietnam-time';

/** What a snapshot freezes: the results of every set and the inputs they were scored from. */
export interface ResultsSnapshot {
  computedAt: string;
  sets: SetResults[];
  inputs: Record<string, UnitWithOverrides[]>;
}

const groupedKinds = new Set(['commune', 'district_agency']);

/** Scores every set of a period now. */
export async function computeResults(
  repos: Repositories,
  context: PeriodContext,
  at: Date,
): Promise<ResultsSnapshot> {
  const { period, framework } = context;
  const allUnits = await repos.units.listUnits();
  const codeById = new Map(allUnits.map((u) => [u.id, u.code]));
  const items = await repos.assessments.listPeriodItems(period.id);
  const itemsByUnit = new Map<number, typeof items>();
  for (const item of items) {
    const list = itemsByUnit.get(item.unitId);
    if (list) list.push(item);
    else itemsByUnit.set(item.unitId, [item]);
  }
  const sets: SetResults[] = [];
  const inputs: Record<string, UnitWithOverrides[]> = {};
  for (const set of framework.sets) {
    const units = allUnits.filter(
      (u) => setForKind(framework, u.kind)?.id === set.id && isUnitInYear(u, period.year),
    );
    const unitInputs = units.map((u) =>
      unitInputFromItems(
        {
          code: u.code,
          name: u.name,
          group: groupedKinds.has(u.kind) && u.parentId !== null ? codeById.get(u.parentId) : undefined,
        },
        itemsByUnit.get(u.id) ?? [],
      ),
    );
    inputs[set.id] = unitInputs;
    sets.push(scoreSetWithOverrides(framework, set.id, unitInputs));
  }
  return { computedAt: at.toISOString(), sets, inputs };
}

/** Results of one set, saying so when the set has no unit in force that year. */
export type SetResultsView = SetResults & { noUnits?: NoUnits };

/** Adds `noUnits` to the sets that have no unit (none of their kind in force on 31/12). */
export function sayNoUnits(
  sets: readonly SetResults[],
  framework: Framework,
  year: number,
): SetResultsView[] {
  return sets.map((s) => {
    if (s.units.length > 0) return s;
    const name = framework.sets.find((f) => f.id === s.set)?.name ?? s.set;
    return { ...s, noUnits: { code: 'NO_UNITS_IN_FORCE', message: noUnitsMessage(name, year) } };
  });
}

const pickSet = (sets: SetResultsView[], setId: string | undefined) => {
  if (setId === undefined) return sets;
  const found = sets.filter((s) => s.set === setId);
  if (found.length === 0) throw notFound(`bộ chỉ số "${setId}"`);
  return found;
};

/** Throws OBJECTIONS_OPEN while the period cannot be approved because of objections (inside a transaction). */
export async function requireObjectionsSettled(
  repos: Repositories,
  period: PeriodRow,
  now: Date,
): Promise<void> {
  await repos.objections.lockPeriod(period.id);
  const pending = await repos.objections.countPending(period.id);
  if (pending > 0) {
    throw new AppError(
      'OBJECTIONS_OPEN',
      `Còn ${pending} khiếu nại của đơn vị chưa được Hội đồng trả lời; chưa phê duyệt được kết quả.`,
    );
  }
  const window = await repos.objections.findWindow(period.id);
  if (window && now < window.until) {
    throw new AppError(
      'OBJECTIONS_OPEN',
      `Thời hạn khiếu nại đến ${formatVietnam(window.until)} (giờ Việt Nam) chưa hết; hãy chờ hết hạn hoặc đóng sớm thời hạn khiếu nại.`,
    );
  }
}

/** Results use cases. */
export function createResultsService(
  store: Store,
  frameworks: FrameworkCache,
  clock: Clock,
  hooks: ResultsHooks = {},
) {
  return {
    /** Live results for signed-in readers (the snapshot once ranked). */
    async liveResults(actor: Actor, year: number, setId?: string): Promise<SetResultsView[]> {
      requireRole(actor, ['admin', 'leader', 'council_member']);
      const context = await loadPeriod(store.repos, frameworks, year);
      const snapshot = context.period.snapshot as ResultsSnapshot | null;
      const sets = snapshot ? snapshot.sets : (await computeResults(store.repos, context, clock.now())).sets;
      return pickSet(sayNoUnits(sets, context.framework, year), setId);
    },

    /** Results for the command line: the snapshot when there is one, else live. */
    async resultsForCli(year: number, setId?: string): Promise<SetResultsView[]> {
      const context = await loadPeriod(store.repos, frameworks, year);
      const snapshot = context.period.snapshot as ResultsSnapshot | null;
      return pickSet(
        sayNoUnits(
          snapshot ? snapshot.sets : (await computeResults(store.repos, context, clock.now())).sets,
          context.framework,
          year,
        ),
        setId,
      );
    },

    /** under_review → ranked: scores and freezes the snapshot. */
    async finalize(actor: Actor, year: number): Promise<PeriodRow> {
      requireRole(actor, ['admin']);
      const context = await loadPeriod(store.repos, frameworks, year);
      return store.transaction(async (repos) => {
        const snapshot = await computeResults(repos, context, clock.now());
        return movePeriodState(repos, actor, context.period, 'ranked', {
          snapshot,
          finalizedAt: clock.now(),
        });
      });
    },

    async approve(actor: Actor, year: number, input: PeriodApproval): Promise<PeriodRow> {
      requireRole(actor, ['admin']);
      const { period } = await loadPeriod(store.repos, frameworks, year);
      return store.transaction(async (repos) => {
        await requireObjectionsSettled(repos, period, clock.now());
        return movePeriodState(repos, actor, period, 'approved', {
          decisionNumber: input.decisionNumber,
          decisionDate: input.decisionDate,
          approvedAt: clock.now(),
        });
      });
    },

    async publish(actor: Actor, year: number): Promise<PeriodRow> {
      requireRole(actor, ['admin']);
      const { period } = await loadPeriod(store.repos, frameworks, year);
      const row = await store.transaction((repos) =>
        movePeriodState(repos, actor, period, 'published', { publishedAt: clock.now() }),
      );
      // The published snapshot is final: its rank intervals are kept now, so that no reader (the
      // leader's overview, the portal) waits for a simulation. A failure here leaves them to the
      // first read, which simulates them as before.
      await hooks.published?.(year).catch(() => undefined);
      return row;
    },

    /** Published years (public). */
    async publishedYears(): Promise<PublishedHead[]> {
      return store.repos.periods.listPublishedHeads();
    },

    /** The published snapshot of a year (public); never anything unpublished. */
    async publishedResults(year: number, setId?: string): Promise<SetResultsView[]> {
      const period = await store.repos.periods.findPeriodByYear(year);
      if (period?.state !== 'published' || period.snapshot === null) {
        throw notFound(`kết quả đã công bố năm ${year}`);
      }
      const framework = await frameworks.get(store.repos, period.frameworkId);
      return pickSet(sayNoUnits((period.snapshot as ResultsSnapshot).sets, framework, year), setId);
    },
  };
}

/** Results as CSV, one row per unit (UTF-8 with BOM so spreadsheet programs read Vietnamese). */
export function resultsToCsv(sets: readonly SetResults[]): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = ['framework,set,rank,group,group_rank,code,name,total,percent,level,provenance'];
  for (const s of sets) {
    for (const u of s.units) {
      lines.push(
        [
          s.framework,
          s.set,
          String(u.rank),
          u.group ?? '',
          u.groupRank === undefined ? '' : String(u.groupRank),
          u.code,
          u.name,
          String(u.total),
          String(u.percent),
          u.level,
          s.provenance,
        ]
          .map(quote)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\n')}\n`;
}

/** What other services do when the results change state. */
export interface ResultsHooks {
  /** After a year was published (awaited; errors ignored). */
  published?: (year: number) => Promise<unknown>;
}

/** Thrown when nothing was found to publish. */
export const nothingPublished = () => new AppError('NOT_FOUND', 'Chưa có kết quả nào được công bố.');
