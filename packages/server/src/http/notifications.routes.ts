// In-app notifications of the signed-in account.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Notification } from '@dti/contract';
import type { Services } from '../services/services';
import { signedIn } from './access';

/** Notification routes. */
export function registerNotificationRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  r.get(
    '/api/notifications',
    {
      config: { access: signedIn },
      schema: { tags, summary: 'Thông báo của tôi', response: { 200: z.array(Notification) } },
    },
    async (request) =>
      (await services.notifications.listMine(request.actor)).map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
        link: n.link,
        read: n.readAt !== null,
        createdAt: n.createdAt.toISOString(),
      })),
  );
  r.post(
    '/api/notifications/:id/read',
    {
      config: { access: signedIn },
      schema: {
        tags,
        summary: 'Đánh dấu đã đọc',
        params: z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await services.notifications.markRead(request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
