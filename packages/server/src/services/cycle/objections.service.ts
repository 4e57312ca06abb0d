// The objection window: once the results are frozen (state ranked) and before approval, an
// administrator opens a window (default 5 working days, Vietnam time); each unit sees every item the
// council adjusted, with its reason, and may object once per item with a reason and evidence of that
// item; the council answers each (upheld: the item's points change and the snapshot is re-scored
// and re-ranked in the same transaction; rejected: a reason). Approval is refused while an objection
// waits for its answer or the window runs. Every change is audited; units and council are notified.
import type {
  Objection,
  ObjectionAnswer,
  ObjectionCreate,
  ObjectionWindow,
  UnitObjections,
} from '@dti/contract';
import type { ObjectionView, ObjectionWindowRow } from '../../db/objections.repository';
import type { PeriodRow } from '../../db/periods.repository';
import type { Store } from '../../db/store';
import { auditIdentity, requireRole, type Actor } from '../shared/actor';
import { AppError, notFound } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import type { Clock } from '../shared/clock';
import type { NotificationsService } from '../notifications/notifications.service';
import {
  loadPeriod,
  loadUnitInPeriod,
  requireUnitReader,
  requireUnitWriter,
  setForKind,
  type FrameworkCache,
} from './cycle-context';
import { indexOfSub, subIndicesOf } from './cycle-scoring';
import { computeResults } from './results.service';
import { formatVietnam, workingDaysLater } from './vietnam-time';
import { formatNumber } from '../../reports/report-format';

/** Working days a window lasts when the administrator gives no deadline. */
export const DEFAULT_OBJECTION_DAYS = 5;

/** Objection use cases. */
export function createObjectionsService(
  store: Store,
  frameworks: FrameworkCache,
  clock: Clock,
  notifications: NotificationsService,
) {
  function presentWindow(
    year: number,
    row: ObjectionWindowRow | undefined,
    pending: number,
    state: string,
  ): ObjectionWindow {
    return {
      year,
      openedAt: row?.openedAt.toISOString() ?? null,
      until: row?.until.toISOString() ? row.until.toISOString() : null,
      open: row !== undefined && state === 'ranked' && clock.now() < row.until,
      pending,
    };
  }

  async function subNameOf(year: number, unitCode: string, subCode: string): Promise<string> {
    const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
    return subIndicesOf(context.set).get(subCode)?.name ?? subCode;
  }

  async function present(year: number, row: ObjectionView): Promise<Objection> {
    return {
      id: row.id,
      year,
      unitCode: row.unitCode,
      unitName: row.unitName,
      subCode: row.subCode,
      subName: await subNameOf(year, row.unitCode, row.subCode),
      reason: row.reason,
      evidenceIds: row.evidenceIds,
      councilPoints: row.councilPoints,
      councilReason: row.councilReason,
      status: row.status as Objection['status'],
      answer: row.answer,
      pointsAfter: row.pointsAfter,
      lodgedBy: row.lodgedByName,
      lodgedAt: row.lodgedAt.toISOString(),
      answeredBy: row.answeredByName,
      answeredAt: row.answeredAt?.toISOString() ?? null,
    };
  }

  async function windowOf(period: PeriodRow): Promise<ObjectionWindow> {
    return presentWindow(
      period.year,
      await store.repos.objections.findWindow(period.id),
      await store.repos.objections.countPending(period.id),
      period.state,
    );
  }

  /** Sets the window's deadline (audited); units with adjusted items are told when it opens. */
  async function setWindow(
    actor: Actor,
    year: number,
    until: Date,
    action: 'open' | 'close',
  ): Promise<ObjectionWindow> {
    requireRole(actor, ['admin']);
    const { period } = await loadPeriod(store.repos, frameworks, year);
    if (period.state !== 'ranked') {
      throw new AppError(
        'PERIOD_STATE',
        `Chỉ mở thời hạn khiếu nại khi kết quả năm ${year} đã chốt (đã xếp hạng) và chưa phê duyệt.`,
      );
    }
    const now = clock.now();
    if (action === 'open' && until <= now) {
      throw new AppError('INVALID_INPUT', 'Thời hạn khiếu nại phải ở tương lai.', [
        { path: 'until', message: 'Chọn một thời điểm sau bây giờ.' },
      ]);
    }
    await store.transaction(async (repos) => {
      const before = await repos.objections.findWindow(period.id);
      if (action === 'close' && !before) throw notFound(`thời hạn khiếu nại năm ${year}`);
      const row = await repos.objections.upsertWindow({
        periodId: period.id,
        openedAt: before?.openedAt ?? now,
        until,
        setByName: auditIdentity(actor).actorUsername,
      });
      await recordAudit(repos, actor, {
        action: `objection-window:${action}`,
        entity: 'period',
        entityId: year,
        before: before ? { until: before.until } : null,
        after: { until: row.until },
      });
      if (action === 'open') {
        const items = await repos.assessments.listPeriodItems(period.id);
        const unitIds = new Set(items.filter((i) => i.reviewStatus === 'adjusted').map((i) => i.unitId));
        for (const unitId of unitIds) {
          await notifications.notifyUnit(repos, unitId, {
            kind: 'objection_window',
            title: `Hội đồng đã điều chỉnh điểm: đơn vị có thể khiếu nại đến ${formatVietnam(until)}`,
            body: 'Xem các chỉ số bị điều chỉnh, lý do của Hội đồng, và gửi khiếu nại kèm minh chứng nếu thấy chưa đúng.',
            link: '/app/objections',
            dedupeKey: `objection-window/${period.id}/${until.toISOString()}/${unitId}`,
          });
        }
      }
    });
    return windowOf((await store.repos.periods.findPeriodByYear(year)) ?? period);
  }

  return {
    async getWindow(actor: Actor, year: number): Promise<ObjectionWindow> {
      if (actor.kind === 'anonymous')
        throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
      const { period } = await loadPeriod(store.repos, frameworks, year);
      return windowOf(period);
    },

    /** Opens the window or moves its deadline (default: 5 working days from today, Vietnam time). */
    async openWindow(
      actor: Actor,
      year: number,
      input: { until?: string | undefined },
    ): Promise<ObjectionWindow> {
      const until = input.until
        ? new Date(input.until)
        : workingDaysLater(clock.now(), DEFAULT_OBJECTION_DAYS);
      return setWindow(actor, year, until, 'open');
    },

    /** Ends the window now (no new objections; the pending ones still need an answer). */
    async closeWindow(actor: Actor, year: number): Promise<ObjectionWindow> {
      return setWindow(actor, year, clock.now(), 'close');
    },

    /** A unit's adjusted items and its objections (its own staff, or the province's readers). */
    async unitObjections(actor: Actor, year: number, unitCode: string): Promise<UnitObjections> {
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitReader(actor, context.unit);
      const { period, unit, set } = context;
      const subs = subIndicesOf(set);
      const items = (await store.repos.assessments.listUnitItems(period.id, unit.id)).filter(
        (i) => i.reviewStatus === 'adjusted',
      );
      const objections = new Map(
        (await store.repos.objections.listObjections(period.id, unit.id)).map((o) => [o.subCode, o]),
      );
      const adjusted = [...new Set([...items.map((i) => i.subCode), ...objections.keys()])];
      const rows = await Promise.all(
        adjusted.map(async (subCode) => {
          const item = items.find((i) => i.subCode === subCode);
          const objection = objections.get(subCode);
          return {
            subCode,
            subName: subs.get(subCode)?.name ?? subCode,
            maxPoints: subs.get(subCode)?.maxPoints ?? 0,
            councilPoints: item?.councilPoints ?? objection?.councilPoints ?? 0,
            councilReason: item?.reviewReason ?? objection?.councilReason ?? null,
            objection: objection ? await present(year, objection) : null,
          };
        }),
      );
      const order = [...subs.keys()];
      rows.sort((a, b) => order.indexOf(a.subCode) - order.indexOf(b.subCode));
      return { window: await windowOf(period), items: rows };
    },

    /** The unit objects to the council's adjustment of one item, once, while the window runs. */
    async lodge(
      actor: Actor,
      year: number,
      unitCode: string,
      subCode: string,
      input: ObjectionCreate,
    ): Promise<Objection> {
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitWriter(actor, context.unit, ['unit_officer', 'unit_head']);
      const { period, unit, set } = context;
      if (!subIndicesOf(set).has(subCode)) throw notFound(`chỉ số thành phần "${subCode}"`);
      const window = await store.repos.objections.findWindow(period.id);
      if (period.state !== 'ranked' || !window) {
        throw new AppError('PERIOD_STATE', `Kỳ đánh giá năm ${year} không trong thời hạn khiếu nại.`);
      }
      if (clock.now() >= window.until) {
        throw new AppError(
          'DEADLINE_PASSED',
          `Đã hết thời hạn khiếu nại: hạn chót là ${formatVietnam(window.until)} giờ Việt Nam.`,
        );
      }
      const item = await store.repos.assessments.findItem({ periodId: period.id, unitId: unit.id, subCode });
      if (item?.reviewStatus !== 'adjusted' || item.councilPoints === null) {
        throw new AppError(
          'INVALID_INPUT',
          `Hội đồng không điều chỉnh điểm chỉ số ${subCode}; không có gì để khiếu nại.`,
        );
      }
      const evidenceIds = [...new Set(input.evidenceIds ?? [])];
      const own = new Set(
        (await store.repos.evidence.listItemEvidence(period.id, unit.id, subCode)).map((e) => e.id),
      );
      const foreign = evidenceIds.filter((id) => !own.has(id));
      if (foreign.length > 0) {
        throw new AppError(
          'INVALID_INPUT',
          `Minh chứng ${foreign.join(', ')} không thuộc chỉ số ${subCode} của đơn vị.`,
          foreign.map((id) => ({
            path: 'evidenceIds',
            message: `Không có minh chứng số ${id} ở chỉ số này.`,
          })),
        );
      }
      const id = await store.transaction(async (repos) => {
        // Under the period's lock, the window is checked again: an approval or a closing that
        // committed meanwhile wins, and no objection slips in behind it.
        const locked = await repos.objections.lockPeriod(period.id);
        const current = await repos.objections.findWindow(period.id);
        if (locked?.state !== 'ranked' || !current || clock.now() >= current.until) {
          throw new AppError('PERIOD_STATE', `Thời hạn khiếu nại năm ${year} vừa kết thúc.`);
        }
        const row = await repos.objections.insertObjection({
          periodId: period.id,
          unitId: unit.id,
          subCode,
          reason: input.reason,
          evidenceIds,
          councilPoints: item.councilPoints ?? 0,
          councilReason: item.reviewReason,
          lodgedByName: auditIdentity(actor).actorUsername,
          lodgedAt: clock.now(),
        });
        if (!row) throw new AppError('CONFLICT', `Đơn vị đã khiếu nại chỉ số ${subCode}.`);
        await recordAudit(repos, actor, {
          action: 'object',
          entity: 'objection',
          entityId: row.id,
          after: { ...row, year, unitCode },
        });
        await notifications.notifyReviewers(
          repos,
          {
            periodId: period.id,
            unitId: unit.id,
            setId: set.id,
            indexCode: indexOfSub(set).get(subCode) ?? '',
            requestedBy: item.reviewedByName,
          },
          {
            kind: 'objection',
            title: `${unit.name} khiếu nại điểm chỉ số ${subCode}`,
            body: input.reason,
            link: '/app/objections',
          },
        );
        return row.id;
      });
      const view = await store.repos.objections.findObjection(period.id, id);
      if (!view) throw notFound('khiếu nại');
      return present(year, view);
    },

    /** Every objection of a period, for the council and the province (never a unit's staff). */
    async listForCouncil(actor: Actor, year: number): Promise<Objection[]> {
      requireRole(actor, ['admin', 'leader', 'council_member']);
      const { period } = await loadPeriod(store.repos, frameworks, year);
      const rows = await store.repos.objections.listObjections(period.id);
      return Promise.all(rows.map((r) => present(year, r)));
    },

    /** The council answers an objection: upheld (new points, re-ranked) or rejected (reason). */
    async answer(actor: Actor, year: number, id: number, input: ObjectionAnswer): Promise<Objection> {
      requireRole(actor, ['admin', 'council_member']);
      const context = await loadPeriod(store.repos, frameworks, year);
      const { period, framework } = context;
      const objection = await store.repos.objections.findObjection(period.id, id);
      if (!objection) throw notFound('khiếu nại');
      const [unit] = await store.repos.units.findUnitsByCodes([objection.unitCode]);
      if (!unit) throw notFound('đơn vị');
      if (actor.kind === 'user' && actor.unitId === unit.id) {
        throw new AppError(
          'COUNCIL_OWN_UNIT',
          'Thành viên Hội đồng không thẩm định cơ quan, đơn vị của chính mình.',
        );
      }
      if (period.state !== 'ranked') {
        throw new AppError('PERIOD_STATE', `Kết quả năm ${year} không còn ở giai đoạn trả lời khiếu nại.`);
      }
      const set = setForKind(framework, unit.kind);
      const sub = set ? subIndicesOf(set).get(objection.subCode) : undefined;
      if (!sub) throw notFound(`chỉ số thành phần "${objection.subCode}"`);
      if (input.decision === 'upheld' && input.points > sub.maxPoints) {
        throw new AppError('INVALID_INPUT', `Điểm mới vượt quá điểm tối đa ${sub.maxPoints}.`, [
          { path: 'points', message: `Tối đa ${sub.maxPoints} điểm.` },
        ]);
      }
      const now = clock.now();
      const by = auditIdentity(actor).actorUsername;
      await store.transaction(async (repos) => {
        // One answer at a time per period: each re-ranking reads the items the previous one wrote.
        if ((await repos.objections.lockPeriod(period.id))?.state !== 'ranked') {
          throw new AppError('PERIOD_STATE', `Kết quả năm ${year} vừa được chuyển trạng thái.`);
        }
        const row = await repos.objections.answerObjection(id, {
          status: input.decision,
          answer: input.reason,
          pointsAfter: input.decision === 'upheld' ? input.points : null,
          answeredByName: by,
          answeredAt: now,
        });
        if (!row) throw new AppError('CONFLICT', 'Khiếu nại này đã được trả lời.');
        await recordAudit(repos, actor, {
          action: `objection:${input.decision}`,
          entity: 'objection',
          entityId: id,
          before: { status: objection.status },
          after: { status: row.status, answer: row.answer, pointsAfter: row.pointsAfter },
        });
        if (input.decision === 'upheld') {
          const key = { periodId: period.id, unitId: unit.id, subCode: objection.subCode };
          const item = await repos.assessments.findItem(key);
          await repos.assessments.updateItemReview(key, {
            councilPoints: input.points,
            reviewReason: `Chấp nhận khiếu nại: ${input.reason}`,
            reviewedByName: by,
            reviewedAt: now,
          });
          await recordAudit(repos, actor, {
            action: 'review:objection-upheld',
            entity: 'assessment_item',
            entityId: `${year}/${unit.code}/${objection.subCode}`,
            before: { councilPoints: item?.councilPoints ?? null, reviewReason: item?.reviewReason ?? null },
            after: { councilPoints: input.points },
          });
          // The frozen results follow: re-scored and re-ranked from the items, in this transaction.
          const snapshot = await computeResults(repos, context, now);
          const moved = await repos.periods.updatePeriod(period.id, { snapshot }, 'ranked');
          if (!moved)
            throw new AppError('PERIOD_STATE', 'Kỳ đánh giá vừa được người khác chuyển trạng thái.');
          await recordAudit(repos, actor, {
            action: 'rerank',
            entity: 'period',
            entityId: year,
            after: { reason: `objection ${id} upheld`, computedAt: snapshot.computedAt },
          });
        }
        await notifications.notifyUnit(repos, unit.id, {
          kind: 'objection_answer',
          title:
            input.decision === 'upheld'
              ? `Hội đồng chấp nhận khiếu nại chỉ số ${objection.subCode}: ${formatNumber(input.points)} điểm`
              : `Hội đồng không chấp nhận khiếu nại chỉ số ${objection.subCode}`,
          body: input.reason,
          link: '/app/objections',
        });
      });
      const view = await store.repos.objections.findObjection(period.id, id);
      if (!view) throw notFound('khiếu nại');
      return present(year, view);
    },
  };
}

/** Objection use cases. */
export type ObjectionsService = ReturnType<typeof createObjectionsService>;
