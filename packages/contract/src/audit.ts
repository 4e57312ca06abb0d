import { z } from 'zod';

/** One audited write: who, when, what, on which entity, and the entity before and after. */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  actorId: z.number().int().nullable(),
  actorUsername: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
/** One audited write. */
export type AuditEntry = z.infer<typeof AuditEntry>;

/** Query of `GET /api/audit`: newest first, filtered, paged by `beforeId`. */
export const AuditQuery = z.object({
  entity: z.string().max(50).optional(),
  entityId: z.string().max(100).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
/** Query of `GET /api/audit`. */
export type AuditQuery = z.infer<typeof AuditQuery>;
