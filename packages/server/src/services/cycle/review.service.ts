// Council review: assignments (by unit or by main index, never a member's own agency), per-item
// accept / adjust with a reason / request more evidence, the unit's answer, and the progress board.
import type { AssignmentCreate, ItemReviewAction, ReviewProgress } from '@dti/contract';
import type { ItemRow } from '../../db/assessments.repository';
import type { AssignmentView } from '../../db/review.repository';
import type { Store } from '../../db/store';
import { auditIdentity, requireRole, type Actor } from '../shared/actor';
import { AppError, notFound } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import type { Clock } from '../shared/clock';
import {
  loadPeriod,
  loadUnitInPeriod,
  requireUnitWriter,
  setForKind,
  isUnitInYear,
  type FrameworkCache,
} from './cycle-context';
import { indexOfSub, selfPoints, subIndicesOf } from './cycle-scoring';
import type { NotificationsService } from '../notifications/notifications.service';

const ownUnitError = () =>
  new AppError('COUNCIL_OWN_UNIT', 'Thành viên Hội đồng không thẩm định cơ quan, đơn vị của chính mình.');

/** Council review use cases. */
export function createReviewService(
  store: Store,
  frameworks: FrameworkCache,
  clock: Clock,
  notifications: NotificationsService,
) {
  async function isAssigned(
    periodId: number,
    actor: Actor,
    unitId: number,
    setId: string,
    indexCode: string,
  ) {
    if (actor.kind !== 'user' || actor.role === 'admin') return true;
    const list = await store.repos.review.listAssignments(periodId, actor.userId);
    return list.some((a) => a.unitId === unitId || (a.setId === setId && a.indexCode === indexCode));
  }

  return {
    async listAssignments(actor: Actor, year: number): Promise<AssignmentView[]> {
      requireRole(actor, ['admin', 'leader', 'council_member']);
      const { period } = await loadPeriod(store.repos, frameworks, year);
      const mine = actor.kind === 'user' && actor.role === 'council_member' ? actor.userId : undefined;
      return store.repos.review.listAssignments(period.id, mine);
    },

    async assign(actor: Actor, year: number, input: AssignmentCreate): Promise<AssignmentView> {
      requireRole(actor, ['admin']);
      const { period, framework } = await loadPeriod(store.repos, frameworks, year);
      const member = await store.repos.users.findUserById(input.memberId);
      if (member?.role !== 'council_member') {
        throw new AppError('INVALID_INPUT', 'Người được phân công phải là thành viên Hội đồng.');
      }
      let unitId: number | null = null;
      if ('unitCode' in input) {
        const [unit] = await store.repos.units.findUnitsByCodes([input.unitCode]);
        if (!unit) throw notFound(`đơn vị "${input.unitCode}"`);
        if (unit.id === member.unitId) throw ownUnitError();
        unitId = unit.id;
      } else {
        const set = framework.sets.find((s) => s.id === input.setId);
        if (!set?.indices.some((i) => i.code === input.indexCode)) {
          throw notFound(`chỉ số chính ${input.indexCode} của bộ ${input.setId}`);
        }
      }
      return store.transaction(async (repos) => {
        const id = await repos.review.insertAssignment({
          periodId: period.id,
          memberId: member.id,
          unitId,
          setId: 'setId' in input ? input.setId : null,
          indexCode: 'indexCode' in input ? input.indexCode : null,
        });
        await recordAudit(repos, actor, {
          action: 'assign',
          entity: 'council_assignment',
          entityId: id,
          after: input,
        });
        const [row] = (await repos.review.listAssignments(period.id)).filter((a) => a.id === id);
        if (!row) throw new Error('assignment vanished');
        return row;
      });
    },

    async unassign(actor: Actor, year: number, id: number): Promise<void> {
      requireRole(actor, ['admin']);
      const { period } = await loadPeriod(store.repos, frameworks, year);
      await store.transaction(async (repos) => {
        if (!(await repos.review.deleteAssignment(period.id, id))) throw notFound('phân công');
        await recordAudit(repos, actor, { action: 'unassign', entity: 'council_assignment', entityId: id });
      });
    },

    async reviewItem(
      actor: Actor,
      year: number,
      unitCode: string,
      subCode: string,
      input: ItemReviewAction,
    ): Promise<ItemRow> {
      requireRole(actor, ['admin', 'council_member']);
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      const { period, unit, set, framework } = context;
      if (actor.kind === 'user' && actor.unitId === unit.id) throw ownUnitError();
      if (period.state !== 'under_review') {
        throw new AppError('PERIOD_STATE', `Kỳ đánh giá năm ${year} không ở giai đoạn thẩm định.`);
      }
      const sub = subIndicesOf(set).get(subCode);
      if (!sub) throw notFound(`chỉ số thành phần "${subCode}"`);
      if (!(await isAssigned(period.id, actor, unit.id, set.id, indexOfSub(set).get(subCode) ?? ''))) {
        throw new AppError('FORBIDDEN', 'Chỉ số này không được phân công cho thành viên Hội đồng này.');
      }
      const key = { periodId: period.id, unitId: unit.id, subCode };
      const item = await store.repos.assessments.findItem(key);
      if (!item) throw notFound(`giá trị tự đánh giá của chỉ số ${subCode}`);
      const now = clock.now();
      const reviewer = { reviewedByName: auditIdentity(actor).actorUsername, reviewedAt: now };
      let change: Partial<ItemRow>;
      switch (input.action) {
        case 'accept':
          change = {
            reviewStatus: 'accepted',
            councilPoints: selfPoints(framework, sub, item.values as never).points,
            reviewReason: null,
          };
          break;
        case 'adjust':
          if (input.points > sub.maxPoints) {
            throw new AppError('INVALID_INPUT', `Điểm điều chỉnh vượt quá điểm tối đa ${sub.maxPoints}.`, [
              { path: 'points', message: `Tối đa ${sub.maxPoints} điểm.` },
            ]);
          }
          change = { reviewStatus: 'adjusted', councilPoints: input.points, reviewReason: input.reason };
          break;
        case 'request':
          change = {
            reviewStatus: 'requested',
            reviewMessage: input.message,
            answerUntil: new Date(now.getTime() + period.answerDays * 86_400_000),
            answerNote: null,
          };
          break;
      }
      return store.transaction(async (repos) => {
        const row = await repos.assessments.updateItemReview(key, { ...change, ...reviewer });
        if (!row) throw notFound('chỉ số');
        await recordAudit(repos, actor, {
          action: `review:${input.action}`,
          entity: 'assessment_item',
          entityId: `${year}/${unitCode}/${subCode}`,
          before: { reviewStatus: item.reviewStatus, councilPoints: item.councilPoints },
          after: change,
        });
        if (input.action === 'request') {
          await notifications.notifyUnit(repos, unit.id, {
            kind: 'council_request',
            title: `Hội đồng đề nghị bổ sung minh chứng chỉ số ${subCode}`,
            body: input.message,
            link: '/app/assessment',
          });
        }
        return row;
      });
    },

    /** The unit answers a request for evidence (values may have been changed before with PUT). */
    async answerItem(
      actor: Actor,
      year: number,
      unitCode: string,
      subCode: string,
      note: string,
    ): Promise<ItemRow> {
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitWriter(actor, context.unit, ['unit_officer', 'unit_head']);
      const key = { periodId: context.period.id, unitId: context.unit.id, subCode };
      const item = await store.repos.assessments.findItem(key);
      if (item?.reviewStatus !== 'requested' || item.answerUntil === null) {
        throw new AppError('PERIOD_STATE', `Hội đồng không đề nghị bổ sung cho chỉ số ${subCode}.`);
      }
      if (clock.now() >= item.answerUntil) {
        throw new AppError('DEADLINE_PASSED', 'Đã hết thời hạn trả lời đề nghị của Hội đồng.');
      }
      return store.transaction(async (repos) => {
        const row = await repos.assessments.updateItemReview(key, {
          reviewStatus: 'answered',
          answerNote: note,
        });
        if (!row) throw notFound('chỉ số');
        await recordAudit(repos, actor, {
          action: 'answer',
          entity: 'assessment_item',
          entityId: `${year}/${unitCode}/${subCode}`,
          after: { note, values: row.values, version: row.version },
        });
        const { period, unit, set } = context;
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
            kind: 'council_answer',
            title: `${unit.name} đã trả lời đề nghị bổ sung chỉ số ${subCode}`,
            body: note,
            link: `/app/appraisal/${year}/${encodeURIComponent(unitCode)}`,
          },
        );
        return row;
      });
    },

    /** Per member: items assigned, done (accepted or adjusted) and left. */
    async progress(actor: Actor, year: number): Promise<ReviewProgress[]> {
      requireRole(actor, ['admin', 'leader', 'council_member']);
      const { period, framework } = await loadPeriod(store.repos, frameworks, year);
      const assignments = await store.repos.review.listAssignments(period.id);
      const units = (await store.repos.units.listUnits()).filter((u) => isUnitInYear(u, year));
      const items = await store.repos.assessments.listPeriodItems(period.id);
      const done = new Set(
        items
          .filter((i) => i.reviewStatus === 'accepted' || i.reviewStatus === 'adjusted')
          .map((i) => `${i.unitId}/${i.subCode}`),
      );
      const members = new Map<number, { name: string; keys: Set<string>; ownUnit: number | null }>();
      for (const a of assignments) {
        const member = members.get(a.memberId) ?? {
          name: a.memberName,
          keys: new Set<string>(),
          ownUnit: null,
        };
        member.ownUnit = (await store.repos.users.findUserById(a.memberId))?.unitId ?? null;
        members.set(a.memberId, member);
        const targets =
          a.unitId === null
            ? units.filter((u) => setForKind(framework, u.kind)?.id === a.setId)
            : units.filter((u) => u.id === a.unitId);
        for (const unit of targets) {
          if (unit.id === member.ownUnit) continue;
          const set = setForKind(framework, unit.kind);
          if (!set) continue;
          for (const index of set.indices) {
            if (a.indexCode !== null && index.code !== a.indexCode) continue;
            for (const sub of index.subIndices) member.keys.add(`${unit.id}/${sub.code}`);
          }
        }
      }
      return [...members.entries()].map(([memberId, m]) => {
        const finished = [...m.keys].filter((k) => done.has(k)).length;
        return {
          memberId,
          memberName: m.name,
          assigned: m.keys.size,
          done: finished,
          left: m.keys.size - finished,
        };
      });
    },
  };
}

/** Council review use cases. */
export type ReviewService = ReturnType<typeof createReviewService>;
