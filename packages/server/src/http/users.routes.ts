// Account administration (administrators only).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { User, UserCreate, UserUpdate, type AccountRole } from '@dti/contract';
import type { Services } from '../services/services';
import type { PublicUser } from '../services/accounts/users.service';
import { adminOnly } from './access';

const IdParams = z.object({ id: z.coerce.number().int().positive() });

/** An account as API JSON. */
export function presentUser(row: PublicUser): User {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    role: row.role as AccountRole,
    unitId: row.unitId,
    email: row.email,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** User routes. */
export function registerUserRoutes(app: FastifyInstance, services: Services): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['users'];
  const config = { access: adminOnly };

  r.get(
    '/api/users',
    { config, schema: { tags, summary: 'Danh sách tài khoản', response: { 200: z.array(User) } } },
    async (request) => (await services.users.listUsers(request.actor)).map(presentUser),
  );

  r.get(
    '/api/users/:id',
    { config, schema: { tags, summary: 'Một tài khoản', params: IdParams, response: { 200: User } } },
    async (request) => presentUser(await services.users.getUser(request.actor, request.params.id)),
  );

  r.post(
    '/api/users',
    { config, schema: { tags, summary: 'Thêm tài khoản', body: UserCreate, response: { 201: User } } },
    async (request, reply) =>
      reply.code(201).send(presentUser(await services.users.createUser(request.actor, request.body))),
  );

  r.patch(
    '/api/users/:id',
    {
      config,
      schema: { tags, summary: 'Sửa tài khoản', params: IdParams, body: UserUpdate, response: { 200: User } },
    },
    async (request) =>
      presentUser(await services.users.updateUser(request.actor, request.params.id, request.body)),
  );

  r.delete(
    '/api/users/:id',
    { config, schema: { tags, summary: 'Xóa tài khoản', params: IdParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await services.users.deleteUser(request.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
