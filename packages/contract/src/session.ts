import { z } from 'zod';
import { AccountRole } from './roles';

/** Body of `POST /api/session` (sign in). */
export const LoginRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});
/** Body of `POST /api/session`. */
export type LoginRequest = z.infer<typeof LoginRequest>;

/** The signed-in account as the client sees it. */
export const SessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  fullName: z.string(),
  role: AccountRole,
  unitId: z.number().int().nullable(),
});
/** The signed-in account as the client sees it. */
export type SessionUser = z.infer<typeof SessionUser>;

/**
 * Answer of sign-in and `GET /api/session/me`. `csrfToken` must be sent back in the `x-csrf-token`
 * header on every POST/PUT/PATCH/DELETE (it is also set in the readable `dti_csrf` cookie).
 */
export const SessionInfo = z.object({
  user: SessionUser,
  csrfToken: z.string(),
  expiresAt: z.string(),
});
/** Answer of sign-in and `GET /api/session/me`. */
export type SessionInfo = z.infer<typeof SessionInfo>;
