// Self-assessment: a unit's values per sub-index, validated by core, saved with optimistic
// versions (a stale write is a VERSION_CONFLICT, never an overwrite), refused after the set's
// deadline unless an extension runs, and submitted once by the unit head.
import {
  scoreSet,
  validateValues,
  type Framework,
  type IndexSet,
  type SubIndex,
  type UnitValues,
} from '@dti/core';
import type { AssessmentEstimate, ItemSave } from '@dti/contract';
import type { ItemKey, ItemRow, SubmissionRow, WindowSaveInput } from '../../db/assessments.repository';
import type { Store } from '../../db/store';
import { auditIdentity, type Actor } from '../shared/actor';
import { AppError, notFound, type AppErrorDetail } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import { createBatcher, withSingleFallback } from '../shared/batcher';
import type { Clock } from '../shared/clock';
import {
  loadUnitInPeriod,
  requireUnitReader,
  requireUnitWriter,
  type FrameworkCache,
  type UnitContext,
} from './cycle-context';
import { createCycleLookupCache } from './cycle-lookup-cache';
import { subIndicesOf } from './cycle-scoring';
import { createUnitItemsCache, type UnitItemsView } from './unit-items-cache';
import { formatVietnam } from './vietnam-time';
import { saveAllOrNothing, type ItemSaveOf } from './assessment-save-all';

/** A unit's assessment as stored, with its context. */
export interface AssessmentView extends UnitContext {
  items: ItemRow[];
  evidenceCounts: Map<string, number>;
  submission: SubmissionRow | undefined;
  deadline: Date;
  extendedUntil: Date | null;
  canWrite: boolean;
  estimate: AssessmentEstimate;
}

/** The estimate of a unit's total from the values saved so far. */
export function estimateUnit(
  framework: Framework,
  set: IndexSet,
  items: readonly Pick<ItemRow, 'subCode' | 'values'>[],
): AssessmentEstimate {
  const values: Record<string, unknown> = {};
  for (const item of items) values[item.subCode] = item.values;
  return estimateFromValues(framework, set, { values, count: items.length });
}

/** The `relative` sub-indices of a set, remembered per set object. */
const relativeSubs = new WeakMap<IndexSet, SubIndex[]>();

function relativeSubIndicesOf(set: IndexSet): SubIndex[] {
  let found = relativeSubs.get(set);
  if (!found) {
    found = [...subIndicesOf(set).values()].filter((s) => s.method.type === 'relative');
    relativeSubs.set(set, found);
  }
  return found;
}

/**
 * The estimate from a unit's values by sub-index code. A `relative` sub-index is scored against the
 * best unit of the ranking group; scored alone the unit would be its own best and get full points
 * for any value above 0. So its value is left out (scored as missing: 0 points, its maximum still
 * counted) and the estimate lists it in `notEstimated`: a lower bound, never an inflated figure.
 */
function estimateFromValues(framework: Framework, set: IndexSet, view: UnitItemsView): AssessmentEstimate {
  const relative = relativeSubIndicesOf(set);
  let values = view.values as UnitValues;
  if (relative.some((s) => values[s.code] !== undefined)) {
    values = { ...values };
    for (const s of relative) delete values[s.code];
  }
  const [result] = scoreSet(framework, set.id, [{ code: 'u', name: 'u', values }]).units;
  return {
    total: result?.total ?? 0,
    percent: result?.percent ?? 0,
    level: result?.level ?? '',
    maxPoints: set.maxPoints,
    itemsFilled: view.count,
    itemsTotal: subIndicesOf(set).size,
    notEstimated: relative.map((s) => ({ code: s.code, name: s.name, maxPoints: s.maxPoints })),
  };
}

/** The Vietnamese refusal of a write after the deadline. */
function deadlinePassed(deadline: Date): AppError {
  return new AppError(
    'DEADLINE_PASSED',
    `Đã hết hạn nhập liệu: hạn chót là ${formatVietnam(deadline)} giờ Việt Nam.`,
  );
}

/** Throws INVALID_INPUT, listing every problem, unless `values` fit the sub-index. */
function checkItemValues(context: UnitContext, subCode: string, values: ItemSave['values']): void {
  const { framework, set, unit } = context;
  const checked = validateValues(framework, {
    framework: framework.id,
    set: set.id,
    units: [{ code: unit.code, name: unit.name, values: { [subCode]: values } }],
  });
  if (!checked.ok) {
    throw new AppError(
      'INVALID_INPUT',
      `Giá trị của chỉ số ${subCode} không hợp lệ.`,
      checked.problems.map((p) => ({ path: p.path, code: p.code, message: p.message })),
    );
  }
}

/** The 409 of a stale write, with what is stored now. */
function versionConflict(subCode: string, baseVersion: number, current: ItemRow | undefined): AppError {
  return new AppError(
    'VERSION_CONFLICT',
    `Chỉ số ${subCode} vừa được ${current?.updatedByName ?? 'người khác'} sửa; hãy xem giá trị mới rồi lưu lại.`,
    [
      {
        path: 'baseVersion',
        message: `Phiên bản hiện tại là ${current?.version ?? 0}, không phải ${baseVersion}.`,
        current: current
          ? {
              values: current.values,
              version: current.version,
              updatedBy: current.updatedByName,
              updatedAt: current.updatedAt.toISOString(),
            }
          : { values: {}, version: 0, updatedBy: null, updatedAt: null },
      },
    ],
  );
}

/** Self-assessment use cases. */
export function createAssessmentService(store: Store, frameworks: FrameworkCache, clock: Clock) {
  const lookups = createCycleLookupCache(frameworks);
  const unitItems = createUnitItemsCache();
  /** Saves arriving together go to the database in one round trip. */
  const saveBatched = createBatcher(
    withSingleFallback((saves: WindowSaveInput[]) => store.repos.assessments.saveItemsInWindow(saves)),
  );

  async function deadlineOf(context: UnitContext): Promise<{ deadline: Date; extendedUntil: Date | null }> {
    const deadline = await store.repos.periods.findDeadline(context.period.id, context.set.id);
    if (!deadline) throw new AppError('INTERNAL', `Kỳ đánh giá thiếu hạn chót của bộ ${context.set.id}.`);
    const extension = await store.repos.periods.findExtension(context.period.id, context.unit.id);
    return { deadline, extendedUntil: extension?.until ?? null };
  }

  /** Throws unless the unit may write this item now. */
  async function checkWriteWindow(context: UnitContext, subCode: string): Promise<void> {
    const now = clock.now();
    const { period } = context;
    if (period.state !== 'open') {
      const item = await store.repos.assessments.findItem({
        periodId: period.id,
        unitId: context.unit.id,
        subCode,
      });
      if (item?.reviewStatus === 'requested' && item.answerUntil !== null) {
        if (now < item.answerUntil) return;
        throw deadlinePassed(item.answerUntil);
      }
      throw new AppError('PERIOD_STATE', `Kỳ đánh giá năm ${period.year} không mở nhập liệu.`);
    }
    const { deadline, extendedUntil } = await deadlineOf(context);
    const end = extendedUntil !== null && extendedUntil > deadline ? extendedUntil : deadline;
    if (now >= end) throw deadlinePassed(end);
    if (await store.repos.assessments.findSubmission(period.id, context.unit.id)) {
      throw new AppError('ALREADY_SUBMITTED', 'Đơn vị đã gửi bản tự đánh giá; không sửa được nữa.');
    }
  }

  return {
    async getAssessment(actor: Actor, year: number, unitCode: string): Promise<AssessmentView> {
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitReader(actor, context.unit);
      const { period, unit } = context;
      const items = await store.repos.assessments.listUnitItems(period.id, unit.id);
      const evidence = await store.repos.evidence.listItemEvidence(period.id, unit.id);
      const evidenceCounts = new Map<string, number>();
      for (const e of evidence) evidenceCounts.set(e.subCode, (evidenceCounts.get(e.subCode) ?? 0) + 1);
      const submission = await store.repos.assessments.findSubmission(period.id, unit.id);
      const { deadline, extendedUntil } = await deadlineOf(context);
      const end = extendedUntil !== null && extendedUntil > deadline ? extendedUntil : deadline;
      return {
        ...context,
        items,
        evidenceCounts,
        submission,
        deadline,
        extendedUntil,
        canWrite: period.state === 'open' && clock.now() < end && submission === undefined,
        estimate: estimateUnit(context.framework, context.set, items),
      };
    },

    /**
     * Saves one item's values if `baseVersion` is still current; returns the item and the estimate.
     * While the period is open this is one database round trip (saveItemsInWindow, shared with the saves arriving together) plus, when this
     * process has no exact copy of the unit's items, one read of them; anything unusual (a refusal,
     * an answer to the council after the period closed) takes the slow path with fresh reads.
     */
    async saveItem(
      actor: Actor,
      year: number,
      unitCode: string,
      subCode: string,
      input: ItemSave,
    ): Promise<{ context: UnitContext; item: ItemRow; estimate: AssessmentEstimate }> {
      let context = await lookups.unitInPeriod(store.repos, year, unitCode);
      requireUnitWriter(actor, context.unit, ['unit_officer', 'unit_head']);
      if (!subIndicesOf(context.set).has(subCode))
        throw notFound(`chỉ số thành phần "${subCode}" trong bộ ${context.set.id}`);
      checkItemValues(context, subCode, input.values);
      const identity = auditIdentity(actor);
      const by = { id: identity.actorId, name: identity.actorUsername };
      const at = clock.now();
      const entityId = `${year}/${unitCode}/${subCode}`;
      let saved: ItemRow | undefined;
      let items: UnitItemsView | undefined;
      let attempt = context.period.state === 'open' ? await saveInWindow(context) : 'refused';
      if (attempt === 'refused') {
        // Why was it refused? Fresh reads explain it (deadline, submission, state) or let it through.
        context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
        await checkWriteWindow(context, subCode);
        attempt = context.period.state === 'open' ? await saveInWindow(context) : await saveAnswer(context);
        if (attempt === 'refused') {
          throw new AppError('PERIOD_STATE', `Kỳ đánh giá năm ${year} vừa thay đổi; hãy lưu lại.`);
        }
      }
      if (attempt === 'conflict' || !saved) {
        throw versionConflict(
          subCode,
          input.baseVersion,
          await store.repos.assessments.findItem(keyOf(context)),
        );
      }
      const { period, unit } = context;
      items ??= unitItems.load(
        period.id,
        unit.id,
        await store.repos.assessments.listUnitItems(period.id, unit.id),
      );
      return { context, item: saved, estimate: estimateFromValues(context.framework, context.set, items) };

      function keyOf(c: UnitContext): ItemKey {
        return { periodId: c.period.id, unitId: c.unit.id, subCode };
      }

      async function saveInWindow(c: UnitContext): Promise<'saved' | 'conflict' | 'refused'> {
        const answer = await saveBatched({
          key: { ...keyOf(c), setId: c.set.id },
          baseVersion: input.baseVersion,
          values: input.values,
          by,
          at,
          auditEntityId: entityId,
        });
        if (answer.status !== 'saved') return answer.status;
        saved = answer.item;
        items = unitItems.apply(c.period.id, c.unit.id, answer.item, answer.itemCount, answer.versionSum);
        return 'saved';
      }

      /** An answer to the council's request after the period closed (checked by checkWriteWindow). */
      async function saveAnswer(c: UnitContext): Promise<'saved' | 'conflict'> {
        const key = keyOf(c);
        saved = await store.transaction(async (repos) => {
          const row =
            input.baseVersion === 0
              ? await repos.assessments.insertItemIfAbsent(key, input.values, by, at)
              : await repos.assessments.updateItemIfVersion(key, input.baseVersion, input.values, by, at);
          if (!row) return undefined;
          await recordAudit(repos, actor, {
            action: 'save',
            entity: 'assessment_item',
            entityId,
            after: { version: row.version, values: row.values },
          });
          return row;
        });
        return saved ? 'saved' : 'conflict';
      }
    },

    /**
     * Saves many items of a unit in one transaction, or none (a template import): every bad value is
     * listed first; then one stale item (VERSION_CONFLICT, every stale item named) or a refusal
     * (DEADLINE_PASSED, ALREADY_SUBMITTED, PERIOD_STATE) stores nothing.
     */
    async saveItems(
      actor: Actor,
      year: number,
      unitCode: string,
      saves: readonly ItemSaveOf[],
    ): Promise<{ context: UnitContext; items: ItemRow[] }> {
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitWriter(actor, context.unit, ['unit_officer', 'unit_head']);
      const subs = subIndicesOf(context.set);
      const problems: AppErrorDetail[] = [];
      for (const s of saves) {
        if (!subs.has(s.subCode)) {
          problems.push({
            path: s.subCode,
            code: 'NOT_FOUND',
            message: `Bộ ${context.set.id} không có chỉ số ${s.subCode}.`,
          });
          continue;
        }
        try {
          checkItemValues(context, s.subCode, s.values);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          problems.push(...error.details);
        }
      }
      if (problems.length > 0) {
        throw new AppError(
          'INVALID_INPUT',
          `Có ${problems.length} giá trị không hợp lệ; không lưu chỉ số nào.`,
          problems,
        );
      }
      const items = await saveAllOrNothing({
        store,
        clock,
        actor,
        context,
        saves,
        explainRefusal: checkWriteWindow,
        reload: () => loadUnitInPeriod(store.repos, frameworks, year, unitCode),
      });
      return { context, items };
    },

    /** The unit head submits: one atomic row, on time or late. */
    async submit(actor: Actor, year: number, unitCode: string): Promise<SubmissionRow> {
      const context = await loadUnitInPeriod(store.repos, frameworks, year, unitCode);
      requireUnitWriter(actor, context.unit, ['unit_head']);
      const { period, unit } = context;
      if (period.state !== 'open') {
        throw new AppError('PERIOD_STATE', `Kỳ đánh giá năm ${year} không còn nhận bản tự đánh giá.`);
      }
      const { deadline, extendedUntil } = await deadlineOf(context);
      const now = clock.now();
      const end = extendedUntil !== null && extendedUntil > deadline ? extendedUntil : deadline;
      if (now >= end) throw deadlinePassed(end);
      return store.transaction(async (repos) => {
        // Saves in flight finish first; later ones see the submission and are refused.
        await repos.assessments.lockUnitForSubmission(period.id, unit.id);
        const items = await repos.assessments.listUnitItems(period.id, unit.id);
        const row = await repos.assessments.insertSubmission({
          periodId: period.id,
          unitId: unit.id,
          submittedAt: now,
          submittedByName: auditIdentity(actor).actorUsername,
          late: now >= deadline,
          itemCount: items.length,
        });
        if (!row) throw new AppError('ALREADY_SUBMITTED', 'Đơn vị đã gửi bản tự đánh giá.');
        await recordAudit(repos, actor, {
          action: 'submit',
          entity: 'assessment',
          entityId: `${year}/${unitCode}`,
          after: { ...row, values: Object.fromEntries(items.map((i) => [i.subCode, i.values])) },
        });
        return row;
      });
    },
  };
}

/** Self-assessment use cases. */
export type AssessmentService = ReturnType<typeof createAssessmentService>;
