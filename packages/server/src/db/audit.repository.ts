// SQL for the audit log.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Executor } from './client';
import { auditLog } from './schema';

/** An audit row. */
export type AuditRow = typeof auditLog.$inferSelect;
/** Fields to record an audit entry. */
export type AuditInsert = typeof auditLog.$inferInsert;

/** Filters of `listAudit`. */
export interface AuditFilter {
  entity?: string | undefined;
  entityId?: string | undefined;
  actorId?: number | undefined;
  beforeId?: number | undefined;
  limit: number;
}

/** Writes and reads `audit_log`. */
export function createAuditRepository(db: Executor) {
  return {
    async insertAudit(values: AuditInsert): Promise<void> {
      await db.insert(auditLog).values(values);
    },

    async listAudit(filter: AuditFilter): Promise<AuditRow[]> {
      const where: SQL[] = [];
      if (filter.entity !== undefined) where.push(eq(auditLog.entity, filter.entity));
      if (filter.entityId !== undefined) where.push(eq(auditLog.entityId, filter.entityId));
      if (filter.actorId !== undefined) where.push(eq(auditLog.actorId, filter.actorId));
      if (filter.beforeId !== undefined) where.push(lt(auditLog.id, filter.beforeId));
      return db
        .select()
        .from(auditLog)
        .where(and(...where))
        .orderBy(desc(auditLog.id))
        .limit(filter.limit);
    },
  };
}

/** Writes and reads the audit log. */
export type AuditRepository = ReturnType<typeof createAuditRepository>;
