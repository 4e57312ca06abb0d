// Assessment periods: create with the decision's default deadlines, move deadlines, grant
// extensions, and move the state forward (each change audited).
import type { PeriodCreate, PeriodState, PeriodUpdate } from '@dti/contract';
import { periodStates } from '@dti/contract';
import type { DeadlineRow, ExtensionRow, PeriodRow } from '../../db/periods.repository';
import type { Repositories, Store } from '../../db/store';
import { auditIdentity, requireRole, type Actor } from '../shared/actor';
import { AppError, notFound } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import type { Clock } from '../shared/clock';
import { loadPeriod, type FrameworkCache } from './cycle-context';
import { defaultDeadline } from './vietnam-time';

/** A period with its deadlines and extensions (unit codes attached). */
export interface PeriodView {
  /** The period without its published results snapshot (never shown with the period; large once published). */
  period: Omit<PeriodRow, 'snapshot'>;
  deadlines: DeadlineRow[];
  extensions: (ExtensionRow & { unitCode: string })[];
}

/** States an administrator moves to with `POST /api/periods/:year/state`; later ones have their own routes. */
export const plainTransitions: readonly PeriodState[] = ['open', 'closed', 'under_review'];

/** Throws PERIOD_STATE unless `to` is the state right after `from`. */
export function checkForward(from: string, to: PeriodState): void {
  const i = periodStates.indexOf(from as PeriodState);
  if (periodStates.indexOf(to) !== i + 1) {
    throw new AppError(
      'PERIOD_STATE',
      `Kỳ đánh giá đang ở trạng thái "${from}", không chuyển sang "${to}" được (chỉ chuyển tiếp từng bước).`,
    );
  }
}

/** Moves a period from its state to `to` (forward by one), with extra fields, audited. */
export async function movePeriodState(
  repos: Repositories,
  actor: Actor,
  period: PeriodRow,
  to: PeriodState,
  extra: Partial<PeriodRow> = {},
): Promise<PeriodRow> {
  checkForward(period.state, to);
  const row = await repos.periods.updatePeriod(period.id, { ...extra, state: to }, period.state);
  if (!row) throw new AppError('PERIOD_STATE', 'Kỳ đánh giá vừa được người khác chuyển trạng thái.');
  await recordAudit(repos, actor, {
    action: `state:${to}`,
    entity: 'period',
    entityId: period.year,
    before: { state: period.state },
    after: { state: to, ...extra, snapshot: undefined },
  });
  return row;
}

/** Period use cases. */
export function createPeriodsService(store: Store, frameworks: FrameworkCache, clock: Clock) {
  /** Periods with their deadlines and extensions: three queries however many periods. */
  async function views(
    repos: Repositories,
    periods: readonly Omit<PeriodRow, 'snapshot'>[],
  ): Promise<PeriodView[]> {
    const ids = periods.map((p) => p.id);
    const [deadlines, extensions] = await Promise.all([
      repos.periods.listDeadlinesOf(ids),
      repos.periods.listExtensionsOf(ids),
    ]);
    const unitRows =
      extensions.length === 0
        ? []
        : await repos.units.listUnits({ ids: [...new Set(extensions.map((e) => e.unitId))] });
    const codes = new Map(unitRows.map((u) => [u.id, u.code]));
    return periods.map((period) => ({
      period,
      deadlines: deadlines.filter((d) => d.periodId === period.id),
      extensions: extensions
        .filter((e) => e.periodId === period.id)
        .map((e) => ({ ...e, unitCode: codes.get(e.unitId) ?? '' })),
    }));
  }

  async function view(repos: Repositories, period: Omit<PeriodRow, 'snapshot'>): Promise<PeriodView> {
    const [one] = await views(repos, [period]);
    return one!;
  }

  function deadlineRows(periodId: number, setIds: string[], given: Record<string, string>): DeadlineRow[] {
    const unknown = Object.keys(given).filter((id) => !setIds.includes(id));
    if (unknown.length > 0) {
      throw new AppError('INVALID_INPUT', `Bộ chỉ số không có: ${unknown.join(', ')}.`, [
        { path: 'deadlines', message: `Mã bộ hợp lệ: ${setIds.join(', ')}.` },
      ]);
    }
    return Object.entries(given).map(([setId, at]) => ({ periodId, setId, deadline: new Date(at) }));
  }

  return {
    async listPeriods(): Promise<PeriodView[]> {
      // Heads only: a published period's snapshot holds every unit's results (≈ 100 ms to read and
      // parse the five demo years' on PGlite, for nothing the list shows).
      return views(store.repos, await store.repos.periods.listPeriodHeads());
    },

    async getPeriod(year: number): Promise<PeriodView> {
      const period = await store.repos.periods.findPeriodByYear(year);
      if (!period) throw notFound(`kỳ đánh giá năm ${year}`);
      return view(store.repos, period);
    },

    async createPeriod(
      actor: Actor,
      input: PeriodCreate,
      options: { demo?: boolean } = {},
    ): Promise<PeriodView> {
      requireRole(actor, ['admin']);
      const framework = await frameworks.get(store.repos, input.frameworkId);
      const setIds = framework.sets.map((s) => s.id);
      return store.transaction(async (repos) => {
        if (await repos.periods.findPeriodByYear(input.year)) {
          throw new AppError('CONFLICT', `Đã có kỳ đánh giá năm ${input.year}.`);
        }
        const period = await repos.periods.insertPeriod({
          year: input.year,
          frameworkId: framework.id,
          dataFrom: `${input.year}-01-01`,
          dataTo: `${input.year}-12-31`,
          answerDays: input.answerDays ?? 5,
          demo: options.demo ?? false,
        });
        const defaults = Object.fromEntries(
          setIds.map((id) => [id, defaultDeadline(input.year, id).toISOString()]),
        );
        await repos.periods.upsertDeadlines(
          deadlineRows(period.id, setIds, { ...defaults, ...input.deadlines }),
        );
        const result = await view(repos, period);
        await recordAudit(repos, actor, {
          action: 'create',
          entity: 'period',
          entityId: input.year,
          after: { ...period, deadlines: result.deadlines },
        });
        return result;
      });
    },

    async updatePeriod(actor: Actor, year: number, input: PeriodUpdate): Promise<PeriodView> {
      requireRole(actor, ['admin']);
      const { period, framework } = await loadPeriod(store.repos, frameworks, year);
      return store.transaction(async (repos) => {
        const before = await view(repos, period);
        const setIds = framework.sets.map((s) => s.id);
        if (input.deadlines)
          await repos.periods.upsertDeadlines(deadlineRows(period.id, setIds, input.deadlines));
        const change = {
          ...(input.answerDays === undefined ? {} : { answerDays: input.answerDays }),
          ...(input.reviewDeadline === undefined
            ? {}
            : { reviewDeadline: input.reviewDeadline === null ? null : new Date(input.reviewDeadline) }),
        };
        const row =
          Object.keys(change).length === 0
            ? period
            : ((await repos.periods.updatePeriod(period.id, change)) ?? period);
        const after = await view(repos, row);
        const auditBefore = {
          deadlines: before.deadlines,
          answerDays: period.answerDays,
          reviewDeadline: period.reviewDeadline,
        };
        const auditAfter = {
          deadlines: after.deadlines,
          answerDays: row.answerDays,
          reviewDeadline: row.reviewDeadline,
        };
        // Nothing changed (the same deadlines written again): no audit entry.
        if (JSON.stringify(auditBefore) === JSON.stringify(auditAfter)) return after;
        await recordAudit(repos, actor, {
          action: 'update',
          entity: 'period',
          entityId: year,
          before: auditBefore,
          after: auditAfter,
        });
        return after;
      });
    },

    async transition(actor: Actor, year: number, to: PeriodState): Promise<PeriodView> {
      requireRole(actor, ['admin']);
      if (!plainTransitions.includes(to)) {
        throw new AppError(
          'PERIOD_STATE',
          `Dùng thao tác riêng để chuyển sang "${to}" (finalize, approve, publish).`,
        );
      }
      const { period } = await loadPeriod(store.repos, frameworks, year);
      return store.transaction(async (repos) => view(repos, await movePeriodState(repos, actor, period, to)));
    },

    async grantExtension(
      actor: Actor,
      year: number,
      unitCode: string,
      input: { until: string; reason: string },
    ): Promise<PeriodView> {
      requireRole(actor, ['admin']);
      const { period } = await loadPeriod(store.repos, frameworks, year);
      const [unit] = await store.repos.units.findUnitsByCodes([unitCode]);
      if (!unit) throw notFound(`đơn vị "${unitCode}"`);
      const until = new Date(input.until);
      if (until <= clock.now()) throw new AppError('INVALID_INPUT', 'Thời hạn gia hạn phải ở tương lai.');
      return store.transaction(async (repos) => {
        const before = await repos.periods.findExtension(period.id, unit.id);
        const row = await repos.periods.upsertExtension({
          periodId: period.id,
          unitId: unit.id,
          until,
          reason: input.reason,
          grantedBy: auditIdentity(actor).actorUsername,
        });
        await recordAudit(repos, actor, {
          action: 'extend',
          entity: 'period',
          entityId: `${year}/${unitCode}`,
          before,
          after: row,
        });
        return view(repos, period);
      });
    },
  };
}

/** Period use cases. */
export type PeriodsService = ReturnType<typeof createPeriodsService>;
