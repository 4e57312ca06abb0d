// Who is calling (session cookie → actor), whether the route's access rule lets them, and CSRF:
// all checked in onRequest, before the body is even parsed, so a refused caller learns nothing.
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../services/shared/actor';
import { AppError } from '../services/shared/app-error';
import {
  isCsrfTokenValid,
  type Authenticated,
  type SessionsService,
} from '../services/accounts/sessions.service';
import { decideAccess } from './access';

/** Name of the HttpOnly cookie holding the session token. */
export const SESSION_COOKIE = 'dti_session';
/** Name of the readable cookie holding the CSRF token (send it back in `x-csrf-token`). */
export const CSRF_COOKIE = 'dti_csrf';
/** Header that must carry the CSRF token on unsafe methods. */
export const CSRF_HEADER = 'x-csrf-token';

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    auth: Authenticated | undefined;
    sessionToken: string | undefined;
  }
}

/** Cookie settings shared by sign-in and sign-out. */
export interface CookieSettings {
  secure: boolean;
}

/** Sets the session and CSRF cookies after sign-in. */
export function setSessionCookies(
  reply: FastifyReply,
  signed: { token: string; csrfToken: string; expiresAt: Date },
  settings: CookieSettings,
): void {
  const common = { path: '/', sameSite: 'lax' as const, secure: settings.secure, expires: signed.expiresAt };
  reply.setCookie(SESSION_COOKIE, signed.token, { ...common, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, signed.csrfToken, { ...common, httpOnly: false });
}

/** Clears both cookies. */
export function clearSessionCookies(reply: FastifyReply, settings: CookieSettings): void {
  const common = { path: '/', sameSite: 'lax' as const, secure: settings.secure };
  reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  reply.clearCookie(CSRF_COOKIE, common);
}

/** Installs the authentication, access and CSRF hook. */
export function registerAuthHooks(app: FastifyInstance, sessions: SessionsService): void {
  app.decorateRequest('actor', null as never);
  app.decorateRequest('auth', undefined);
  app.decorateRequest('sessionToken', undefined);

  app.addHook('onRequest', async (request) => {
    request.actor = { kind: 'anonymous' };
    const token = request.cookies[SESSION_COOKIE];
    if (token !== undefined && token.length > 0 && token.length < 200) {
      const auth = await sessions.authenticate(token);
      if (auth) {
        request.auth = auth;
        request.actor = auth.actor;
        request.sessionToken = token;
      }
    }
    if (request.is404) return; // the not-found handler answers
    const decision = decideAccess(request.routeOptions.config.access, request.actor, request.params);
    if (decision === 'unauthenticated') {
      throw new AppError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
    }
    if (decision === 'forbidden') {
      throw new AppError('FORBIDDEN', 'Tài khoản không có quyền thực hiện thao tác này.');
    }
    if (unsafeMethods.has(request.method) && request.sessionToken !== undefined) {
      const header = request.headers[CSRF_HEADER];
      if (!isCsrfTokenValid(request.sessionToken, typeof header === 'string' ? header : undefined)) {
        throw new AppError('CSRF_INVALID', 'Thiếu hoặc sai mã chống giả mạo yêu cầu (x-csrf-token).');
      }
    }
  });
}
