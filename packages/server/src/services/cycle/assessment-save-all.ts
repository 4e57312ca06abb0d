// Many items of one unit saved all or nothing (the import of a filled data-entry template): one
// transaction; while the period is open, through the batched window check of dti_save_items; after it
// closed, the answers to the council's requests. One stale item, or a refusal (deadline, submission,
// state), rolls back every item, and the error names every item concerned.
import type { ItemSave } from '@dti/contract';
import type { ItemRow, WindowSave } from '../../db/assessments.repository';
import type { Store } from '../../db/store';
import { auditIdentity, type Actor } from '../shared/actor';
import { AppError, type AppErrorDetail } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import type { Clock } from '../shared/clock';
import type { UnitContext } from './cycle-context';

/** One item of an all-or-nothing save. */
export interface ItemSaveOf extends ItemSave {
  subCode: string;
}

/** Thrown inside the transaction to roll it back; never leaves this file. */
class RolledBack extends Error {
  constructor(readonly answers: readonly (WindowSave | { status: 'saved' | 'conflict' })[]) {
    super('rolled back');
  }
}

/** The detail of a stale item, with what is stored now. */
function conflictDetail(subCode: string, baseVersion: number, current: ItemRow | undefined): AppErrorDetail {
  return {
    path: subCode,
    code: 'VERSION_CONFLICT',
    message: `Chỉ số ${subCode}: phiên bản hiện tại là ${current?.version ?? 0} (${current?.updatedByName ?? 'chưa ai'} sửa), không phải ${baseVersion}.`,
    current: current
      ? {
          values: current.values,
          version: current.version,
          updatedBy: current.updatedByName,
          updatedAt: current.updatedAt.toISOString(),
        }
      : { values: {}, version: 0, updatedBy: null, updatedAt: null },
  };
}

/**
 * Saves `saves` (already validated, for `context`'s unit) in one transaction or not at all.
 * `explainRefusal` throws why the unit may not write an item now (fresh reads), or returns when it may.
 */
export async function saveAllOrNothing(deps: {
  store: Store;
  clock: Clock;
  actor: Actor;
  context: UnitContext;
  saves: readonly ItemSaveOf[];
  explainRefusal: (context: UnitContext, subCode: string) => Promise<void>;
  reload: () => Promise<UnitContext>;
}): Promise<ItemRow[]> {
  const { store, clock, actor, context, saves } = deps;
  if (saves.length === 0) return [];
  const identity = auditIdentity(actor);
  const by = { id: identity.actorId, name: identity.actorUsername };
  const at = clock.now();
  const { period, unit, set } = context;
  const keyOf = (subCode: string) => ({ periodId: period.id, unitId: unit.id, subCode });
  const entityOf = (subCode: string) => `${period.year}/${unit.code}/${subCode}`;

  if (period.state !== 'open') {
    // Answers to the council: every item must be answerable now, checked before anything is written.
    const refusals: Refusal[] = [];
    for (const s of saves) {
      try {
        await deps.explainRefusal(context, s.subCode);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        refusals.push({ subCode: s.subCode, error });
      }
    }
    if (refusals.length > 0) throw refusalOf(refusals, saves.length);
  }

  let answers: readonly (WindowSave | { status: 'saved' | 'conflict'; item?: ItemRow })[];
  try {
    answers = await store.transaction(async (repos) => {
      let result: (WindowSave | { status: 'saved' | 'conflict'; item?: ItemRow })[];
      if (period.state === 'open') {
        result = await repos.assessments.saveItemsInWindow(
          saves.map((s) => ({
            key: { ...keyOf(s.subCode), setId: set.id },
            baseVersion: s.baseVersion,
            values: s.values,
            by,
            at,
            auditEntityId: entityOf(s.subCode),
          })),
        );
      } else {
        result = [];
        for (const s of saves) {
          const row =
            s.baseVersion === 0
              ? await repos.assessments.insertItemIfAbsent(keyOf(s.subCode), s.values, by, at)
              : await repos.assessments.updateItemIfVersion(
                  keyOf(s.subCode),
                  s.baseVersion,
                  s.values,
                  by,
                  at,
                );
          if (row) {
            await recordAudit(repos, actor, {
              action: 'save',
              entity: 'assessment_item',
              entityId: entityOf(s.subCode),
              after: { version: row.version, values: row.values },
            });
          }
          result.push(row ? { status: 'saved', item: row } : { status: 'conflict' });
        }
      }
      if (result.some((a) => a.status !== 'saved')) throw new RolledBack(result);
      return result;
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
    return explain(error.answers);
  }
  return answers.map((a) => (a as { item: ItemRow }).item);

  /** Nothing was stored: says why, from fresh reads. */
  async function explain(rolled: RolledBack['answers']): Promise<never> {
    if (rolled.some((a) => a.status === 'refused')) {
      const fresh = await deps.reload();
      const refusals: Refusal[] = [];
      for (const [i, s] of saves.entries()) {
        if (rolled[i]?.status !== 'refused') continue;
        try {
          await deps.explainRefusal(fresh, s.subCode);
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          refusals.push({ subCode: s.subCode, error });
        }
      }
      if (refusals.length > 0) throw refusalOf(refusals, saves.length);
      throw new AppError(
        'PERIOD_STATE',
        `Kỳ đánh giá năm ${period.year} vừa thay đổi; không lưu chỉ số nào, hãy thử lại.`,
      );
    }
    const details: AppErrorDetail[] = [];
    for (const [i, s] of saves.entries()) {
      if (rolled[i]?.status !== 'conflict') continue;
      details.push(
        conflictDetail(s.subCode, s.baseVersion, await store.repos.assessments.findItem(keyOf(s.subCode))),
      );
    }
    throw new AppError(
      'VERSION_CONFLICT',
      `${details.length} chỉ số vừa được người khác sửa (${details.map((d) => d.path).join(', ')}); không lưu chỉ số nào.`,
      details,
    );
  }
}

interface Refusal {
  subCode: string;
  error: AppError;
}

/** One error for refused items: the first refusal's code, every refused item named. */
function refusalOf(refusals: Refusal[], count: number): AppError {
  const first = refusals[0]!.error;
  const details = refusals.map((r) => ({ path: r.subCode, code: r.error.code, message: r.error.message }));
  const which = refusals.length === count ? '' : ` (${refusals.map((r) => r.subCode).join(', ')})`;
  return new AppError(first.code, `${first.message}${which} Không lưu chỉ số nào.`, details);
}
