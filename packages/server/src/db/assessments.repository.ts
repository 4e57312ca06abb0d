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

/** Queries and writes on assessment items and submissions. */
export function createAssessmentsRepository(db: Executor) {
  return {
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
