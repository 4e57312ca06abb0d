// SQL for council assignments.
import { and, eq } from 'drizzle-orm';
import type { Executor } from './client';
import { councilAssignments, units, users } from './schema';

/** An assignment with its member's name and unit code. */
export interface AssignmentView {
  id: number;
  memberId: number;
  memberName: string;
  unitId: number | null;
  unitCode: string | null;
  setId: string | null;
  indexCode: string | null;
}

/** Queries and writes on council assignments. */
export function createReviewRepository(db: Executor) {
  return {
    async listAssignments(periodId: number, memberId?: number): Promise<AssignmentView[]> {
      const where = [eq(councilAssignments.periodId, periodId)];
      if (memberId !== undefined) where.push(eq(councilAssignments.memberId, memberId));
      return db
        .select({
          id: councilAssignments.id,
          memberId: councilAssignments.memberId,
          memberName: users.fullName,
          unitId: councilAssignments.unitId,
          unitCode: units.code,
          setId: councilAssignments.setId,
          indexCode: councilAssignments.indexCode,
        })
        .from(councilAssignments)
        .innerJoin(users, eq(users.id, councilAssignments.memberId))
        .leftJoin(units, eq(units.id, councilAssignments.unitId))
        .where(and(...where))
        .orderBy(councilAssignments.id);
    },

    async insertAssignment(values: typeof councilAssignments.$inferInsert): Promise<number> {
      const [row] = await db
        .insert(councilAssignments)
        .values(values)
        .returning({ id: councilAssignments.id });
      if (!row) throw new Error('insert returned no row');
      return row.id;
    },

    async deleteAssignment(periodId: number, id: number): Promise<boolean> {
      const rows = await db
        .delete(councilAssignments)
        .where(and(eq(councilAssignments.periodId, periodId), eq(councilAssignments.id, id)))
        .returning({ id: councilAssignments.id });
      return rows.length > 0;
    },
  };
}

/** Queries and writes on council assignments. */
export type ReviewRepository = ReturnType<typeof createReviewRepository>;
