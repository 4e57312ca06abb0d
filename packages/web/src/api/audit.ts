// The audit log, newest first.
import type { AuditEntry } from '@dti/contract';
import { requestApi } from './client';

/** Filters of the audit log. */
export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: number;
  beforeId?: number;
  limit?: number;
}

/** A page of audit entries. */
export function listAudit(filter: AuditFilter, signal?: AbortSignal): Promise<AuditEntry[]> {
  return requestApi<AuditEntry[]>('/api/audit', { query: { ...filter }, ...(signal ? { signal } : {}) });
}
