// POST /api/session (sign in), DELETE /api/session (sign out), GET /api/session/me.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { LoginRequest, SessionInfo, type AccountRole } from '@dti/contract';
import type { Services } from '../services/services';
import type { Authenticated } from '../services/accounts/sessions.service';
import { anyone, signedIn } from './access';
import { clearSessionCookies, setSessionCookies, type CookieSettings } from './auth-hooks';

function presentSession(auth: Authenticated): SessionInfo {
  return {
    user: {
      id: auth.user.id,
      username: auth.user.username,
      fullName: auth.user.fullName,
      role: auth.user.role as AccountRole,
      unitId: auth.user.unitId,
    },
    csrfToken: auth.csrfToken,
    expiresAt: auth.expiresAt.toISOString(),
  };
}

/** Session routes. */
export function registerSessionRoutes(
  app: FastifyInstance,
  services: Services,
  cookies: CookieSettings,
): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['session'];

  r.post(
    '/api/session',
    {
      config: { access: anyone },
      schema: { tags, summary: 'Đăng nhập', body: LoginRequest, response: { 200: SessionInfo } },
    },
    async (request, reply) => {
      const signed = await services.sessions.signIn(request.body.username, request.body.password, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
      });
      setSessionCookies(reply, signed, cookies);
      return presentSession(signed);
    },
  );

  r.delete(
    '/api/session',
    { config: { access: signedIn }, schema: { tags, summary: 'Đăng xuất', response: { 204: z.null() } } },
    async (request, reply) => {
      if (request.sessionToken !== undefined)
        await services.sessions.signOut(request.actor, request.sessionToken);
      clearSessionCookies(reply, cookies);
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/api/session/me',
    {
      config: { access: signedIn },
      schema: { tags, summary: 'Tài khoản đang đăng nhập', response: { 200: SessionInfo } },
    },
    (request) => {
      if (!request.auth) throw new Error('signed-in route without a session');
      return presentSession(request.auth);
    },
  );
}
