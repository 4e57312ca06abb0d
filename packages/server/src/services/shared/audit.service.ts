// Recording every write and reading the audit log.
import type { AuditFilter, AuditRow } from '../../db/audit.repository';
import type { Repositories, Store } from '../../db/store';
import { auditIdentity, requireRole, type Actor } from './actor';

/** Records one write in the audit log, inside the caller's transaction. */
export async function recordAudit(
  repos: Repositories,
  actor: Actor,
  entry: { action: string; entity: string; entityId: string | number; before?: unknown; after?: unknown },
): Promise<void> {
  await repos.audit.insertAudit({
    ...auditIdentity(actor),
    action: entry.action,
    entity: entry.entity,
    entityId: String(entry.entityId),
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

/** Reading the audit log (administrators only). */
export function createAuditService(store: Store) {
  return {
    async listAudit(actor: Actor, filter: AuditFilter): Promise<AuditRow[]> {
      requireRole(actor, ['admin']);
      return store.repos.audit.listAudit(filter);
    },
  };
}

/** Reading the audit log. */
export type AuditService = ReturnType<typeof createAuditService>;
