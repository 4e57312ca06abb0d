// The audit log, for administrators.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AuditEntry, AuditQuery } from '@dti/contract';
import type { Services } from '../services/services';
import { adminOnly } from './access';

/** Audit routes. */
export function registerAuditRoutes(app: FastifyInstance, services: Services): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/audit',
    {
      config: { access: adminOnly },
      schema: {
        tags: ['audit'],
        summary: 'Nhật ký thao tác',
        querystring: AuditQuery,
        response: { 200: z.array(AuditEntry) },
      },
    },
    async (request) =>
      (await services.audit.listAudit(request.actor, request.query)).map((row) => ({
        id: row.id,
        at: row.at.toISOString(),
        actorId: row.actorId,
        actorUsername: row.actorUsername,
        action: row.action,
        entity: row.entity,
        entityId: row.entityId,
        before: row.before,
        after: row.after,
      })),
  );
}
