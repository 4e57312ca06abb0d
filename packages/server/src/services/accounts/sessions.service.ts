// Signing in and out, and turning a session cookie into an actor. Sessions and the sign-in
// throttle live in the database, so every server process agrees on them.
import { createBatcher } from '../shared/batcher';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AccountRole } from '@dti/contract';
import type { UserRow } from '../../db/users.repository';
import type { Store } from '../../db/store';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import { hashPassword, verifyPassword } from './passwords';

/** Session and throttle settings. */
export interface SessionSettings {
  ttlMinutes: number;
  /** Failed sign-ins per user name within the window before a lock. */
  maxFailuresPerUser: number;
  /**
   * Failed sign-ins per client address within the window before the address is slowed down (each
   * further failure doubles its wait, up to `addressMaxDelaySeconds`); no account is locked by it.
   */
  maxFailuresPerIp: number;
  windowMinutes: number;
  lockMinutes: number;
}

/** A live session and its account. */
export interface Authenticated {
  actor: Extract<Actor, { kind: 'user' }>;
  user: UserRow;
  expiresAt: Date;
  csrfToken: string;
}

/** What a successful sign-in hands to the client: the secret token (cookie) and CSRF token. */
export interface SignedIn extends Authenticated {
  token: string;
}

/** LOGIN_LOCKED, with the seconds until the lock ends (the HTTP layer sends them as Retry-After). */
export class LoginLockedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super('LOGIN_LOCKED', `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${minutes} phút.`);
  }
}

/** The longest wait a client address gets after repeated failures (a slowdown, never a lockout). */
export const addressMaxDelaySeconds = 60;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The CSRF token of a session: derived from its secret token, so it needs no storage. */
export function csrfTokenFor(token: string): string {
  return createHash('sha256').update(`csrf:${token}`).digest('base64url');
}

/** Compares a CSRF header with the session's token in constant time. */
export function isCsrfTokenValid(token: string, header: string | undefined): boolean {
  if (header === undefined) return false;
  const expected = Buffer.from(csrfTokenFor(token));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

function actorOf(user: UserRow, unitCode: string | null): Authenticated['actor'] {
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    role: user.role as AccountRole,
    unitId: user.unitId,
    unitCode,
  };
}

/** Sign-in, sign-out and session lookup. */
export function createSessionsService(store: Store, settings: SessionSettings, now: () => Date) {
  const { sessions, users } = store.repos;
  let dummyHash: Promise<string> | undefined;
  const minutes = (n: number) => n * 60_000;
  /** Session checks arriving together are answered by one query. */
  const findLive = createBatcher(async (hashes: string[]) => {
    const rows = await sessions.findLiveSessions(hashes, now());
    const byHash = new Map(rows.map((row) => [row.session.tokenHash, row]));
    return hashes.map((hash) => byHash.get(hash));
  });

  /** When the latest lock on any of `keys` ends, or undefined when none is locked at `at`. */
  async function lockedUntil(keys: string[], at: Date): Promise<Date | undefined> {
    let until: Date | undefined;
    for (const key of keys) {
      const row = await sessions.findThrottle(key);
      if (row?.lockedUntil && row.lockedUntil > at && (!until || row.lockedUntil > until))
        until = row.lockedUntil;
    }
    return until;
  }

  async function recordFailure(key: string, max: number, at: Date): Promise<void> {
    const cutoff = new Date(at.getTime() - minutes(settings.windowMinutes));
    const lockUntil = new Date(at.getTime() + minutes(settings.lockMinutes));
    await sessions.recordFailure(key, at, cutoff, max, lockUntil);
  }

  return {
    async signIn(username: string, password: string, client: { ip: string; userAgent: string }) {
      const at = now();
      const userKey = `user:${username.toLowerCase()}`;
      const ipKey = `ip:${client.ip}`;
      const locked = await lockedUntil([userKey, ipKey], at);
      if (locked) throw new LoginLockedError(Math.ceil((locked.getTime() - at.getTime()) / 1000));
      const user = await users.findUserByUsername(username.toLowerCase());
      // Verify against a dummy hash when the user is unknown, so timing does not reveal names.
      dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
      if (!user || !ok || !user.active) {
        await recordFailure(userKey, settings.maxFailuresPerUser, at);
        await sessions.recordAddressFailure(
          ipKey,
          at,
          new Date(at.getTime() - minutes(settings.windowMinutes)),
          settings.maxFailuresPerIp,
          addressMaxDelaySeconds,
        );
        throw new AppError('LOGIN_FAILED', 'Tên đăng nhập hoặc mật khẩu không đúng.');
      }
      await sessions.clearThrottle(userKey);
      const unitCode =
        user.unitId === null ? null : ((await store.repos.units.findUnitById(user.unitId))?.code ?? null);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(at.getTime() + minutes(settings.ttlMinutes));
      await store.transaction(async (repos) => {
        await repos.sessions.insertSession({
          tokenHash: sha256(token),
          userId: user.id,
          createdAt: at,
          lastSeenAt: at,
          expiresAt,
          ip: client.ip,
          userAgent: client.userAgent.slice(0, 300),
        });
        await recordAudit(repos, actorOf(user, unitCode), {
          action: 'login',
          entity: 'session',
          entityId: user.id,
        });
      });
      return {
        actor: actorOf(user, unitCode),
        user,
        token,
        expiresAt,
        csrfToken: csrfTokenFor(token),
      } satisfies SignedIn;
    },

    /** The live session of `token`, or undefined (unknown, expired, revoked, inactive account). */
    async authenticate(token: string): Promise<Authenticated | undefined> {
      const at = now();
      const hash = sha256(token);
      const found = await findLive(hash);
      if (!found) return undefined;
      if (at.getTime() - found.session.lastSeenAt.getTime() > minutes(5)) {
        await sessions.touchSession(hash, at);
      }
      return {
        actor: actorOf(found.user, found.unitCode),
        user: found.user,
        expiresAt: found.session.expiresAt,
        csrfToken: csrfTokenFor(token),
      };
    },

    async signOut(actor: Actor, token: string): Promise<void> {
      await store.transaction(async (repos) => {
        const revoked = await repos.sessions.revokeSession(sha256(token), now());
        if (revoked)
          await recordAudit(repos, actor, { action: 'logout', entity: 'session', entityId: 'self' });
      });
    },

    /** Deletes sessions dead for more than a day (called now and then). */
    async purgeDeadSessions(): Promise<number> {
      return sessions.deleteDeadSessions(new Date(now().getTime() - minutes(24 * 60)));
    },
  };
}

/** Sign-in, sign-out and session lookup. */
export type SessionsService = ReturnType<typeof createSessionsService>;
