// SQL for self-assessment items (optimistic versioning) and submissions.
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { assessmentItems, submissions } from './schema';

/** An item row. */
export type ItemRow = typeof assessmentItems.$inferSelect;
/** A submission row. */
export type SubmissionRow = typeof submissions.$inferSelect;

/** Key of an item. */
export interface ItemKey {
  periodId: number;
  unitId: number;
  subCode: string;
}

const keyOf = (k: ItemKey) =>
  and(
    eq(assessmentItems.periodId, k.periodId),
    eq(assessmentItems.unitId, k.unitId),
    eq(assessmentItems.subCode, k.subCode),
  );

/** What `saveItemsInWindow` answers for one save. */
export type WindowSave =
  | { status: 'saved'; item: ItemRow; itemCount: number; versionSum: number }
  | { status: 'conflict' | 'refused' };

/** One save asked of `saveItemsInWindow`. */
export interface WindowSaveInput {
  key: ItemKey & { setId: string };
  baseVersion: number;
  values: unknown;
  by: { id: number | null; name: string };
  at: Date;
  auditEntityId: string;
}

/** A row of assessment_items as `to_jsonb` spells it. */
type JsonItem = Record<string, unknown>;

const dateOrNull = (v: unknown) => (typeof v === 'string' ? new Date(v) : null);

function itemFromJson(j: JsonItem): ItemRow {
  return {
    id: j.id as number,
    periodId: j.period_id as number,
    unitId: j.unit_id as number,
    subCode: j.sub_code as string,
    values: j.values,
    version: j.version as number,
    updatedById: (j.updated_by_id as number | null) ?? null,
    updatedByName: j.updated_by_name as string,
    updatedAt: new Date(j.updated_at as string),
    reviewStatus: (j.review_status as string | null) ?? null,
    councilPoints: (j.council_points as number | null) ?? null,
    reviewReason: (j.review_reason as string | null) ?? null,
    reviewMessage: (j.review_message as string | null) ?? null,
    answerUntil: dateOrNull(j.answer_until),
    answerNote: (j.answer_note as string | null) ?? null,
    reviewedByName: (j.reviewed_by_name as string | null) ?? null,
    reviewedAt: dateOrNull(j.reviewed_at),
  };
}

/** Queries and writes on assessment items and submissions. */
export function createAssessmentsRepository(db: Executor) {
  /**
   * Saves items while their period is open, in one round trip and one transaction (the
   * dti_save_items function of migration 0003): for each, the window check, the versioned write and
   * the audit row. Answers in the order of `saves`.
   */
  async function saveItemsInWindow(saves: readonly WindowSaveInput[]): Promise<WindowSave[]> {
    const payload = saves.map((s, idx) => ({
      idx,
      period: s.key.periodId,
      unit: s.key.unitId,
      set: s.key.setId,
      sub: s.key.subCode,
      base: s.baseVersion,
      values: s.values,
      byId: s.by.id,
      byName: s.by.name,
      at: s.at.toISOString(),
      entity: s.auditEntityId,
    }));
    const result = (await db.execute(
      sql`select idx, status, item, item_count, version_sum from dti_save_items(${JSON.stringify(payload)}::jsonb)`,
    )) as {
      rows: { idx: number; status: string; item: JsonItem | null; item_count: number; version_sum: number }[];
    };
    const answers: WindowSave[] = saves.map(() => ({ status: 'refused' }));
    for (const row of result.rows) {
      answers[row.idx] =
        row.status === 'saved' && row.item
          ? {
              status: 'saved',
              item: itemFromJson(row.item),
              itemCount: Number(row.item_count),
              versionSum: Number(row.version_sum),
            }
          : { status: row.status === 'conflict' ? 'conflict' : 'refused' };
    }
    return answers;
  }

  return {
    saveItemsInWindow,

    /** Within a transaction: waits for the unit's saves in flight and holds off new ones until commit. */
    async lockUnitForSubmission(periodId: number, unitId: number): Promise<void> {
      await db.execute(sql`select pg_advisory_xact_lock(${periodId}::integer, ${unitId}::integer)`);
    },

    async listUnitItems(periodId: number, unitId: number): Promise<ItemRow[]> {
      return db
        .select()
        .from(assessmentItems)
        .where(and(eq(assessmentItems.periodId, periodId), eq(assessmentItems.unitId, unitId)))
        .orderBy(assessmentItems.id);
    },

    async listPeriodItems(periodId: number): Promise<ItemRow[]> {
      return db
        .select()
        .from(assessmentItems)
        .where(eq(assessmentItems.periodId, periodId))
        .orderBy(assessmentItems.unitId, assessmentItems.id);
    },

    /** How many items each unit has saved in a period (units with none are absent). */
    async countItemsByUnit(periodId: number): Promise<{ unitId: number; items: number }[]> {
      return db
        .select({ unitId: assessmentItems.unitId, items: sql<number>`count(*)::int` })
        .from(assessmentItems)
        .where(eq(assessmentItems.periodId, periodId))
        .groupBy(assessmentItems.unitId);
    },

    async findItem(key: ItemKey): Promise<ItemRow | undefined> {
      const [row] = await db.select().from(assessmentItems).where(keyOf(key));
      return row;
    },

    /** Inserts version 1 unless the item exists (then undefined: a concurrent first write won). */
    async insertItemIfAbsent(
      key: ItemKey,
      values: unknown,
      by: { id: number | null; name: string },
      at: Date,
    ): Promise<ItemRow | undefined> {
      const [row] = await db
        .insert(assessmentItems)
        .values({ ...key, values, version: 1, updatedById: by.id, updatedByName: by.name, updatedAt: at })
        .onConflictDoNothing()
        .returning();
      return row;
    },

    /** Writes new values only if the stored version is still `baseVersion` (else undefined). */
    async updateItemIfVersion(
      key: ItemKey,
      baseVersion: number,
      values: unknown,
      by: { id: number | null; name: string },
      at: Date,
    ): Promise<ItemRow | undefined> {
      const [row] = await db
        .update(assessmentItems)
        .set({
          values,
          version: sql`${assessmentItems.version} + 1`,
          updatedById: by.id,
          updatedByName: by.name,
          updatedAt: at,
        })
        .where(and(keyOf(key), eq(assessmentItems.version, baseVersion)))
        .returning();
      return row;
    },

    /** Sets review fields of an item. */
    async updateItemReview(key: ItemKey, values: Partial<typeof assessmentItems.$inferInsert>) {
      const [row] = await db.update(assessmentItems).set(values).where(keyOf(key)).returning();
      return row;
    },

    /** Many items at once (demo data). */
    async insertItems(rows: (typeof assessmentItems.$inferInsert)[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 500)
        await db.insert(assessmentItems).values(rows.slice(i, i + 500));
    },

    async findSubmission(periodId: number, unitId: number): Promise<SubmissionRow | undefined> {
      const [row] = await db
        .select()
        .from(submissions)
        .where(and(eq(submissions.periodId, periodId), eq(submissions.unitId, unitId)));
      return row;
    },

    async listSubmissions(periodId: number): Promise<SubmissionRow[]> {
      return db.select().from(submissions).where(eq(submissions.periodId, periodId));
    },

    /** Records a submission once; undefined when the unit had already submitted. */
    async insertSubmission(values: SubmissionRow): Promise<SubmissionRow | undefined> {
      const [row] = await db.insert(submissions).values(values).onConflictDoNothing().returning();
      return row;
    },

    async insertSubmissions(rows: SubmissionRow[]): Promise<void> {
      for (let i = 0; i < rows.length; i += 500) await db.insert(submissions).values(rows.slice(i, i + 500));
    },
  };
}

/** Queries and writes on assessment items. */
export type AssessmentsRepository = ReturnType<typeof createAssessmentsRepository>;
