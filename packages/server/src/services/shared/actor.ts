// Who is acting: a signed-in account, an anonymous visitor, or the system (command line, start-up).
import type { AccountRole, Role } from '@dti/contract';
import { AppError } from './app-error';

/** Who is acting on a use case. */
export type Actor =
  | {
      kind: 'user';
      userId: number;
      username: string;
      role: AccountRole;
      unitId: number | null;
      /** The code of the account's unit (routes keyed by unit code check it). */
      unitCode: string | null;
    }
  | { kind: 'anonymous' }
  | { kind: 'system'; name: string };

/** The role an actor acts as (`system` acts as admin). */
export function roleOf(actor: Actor): Role {
  switch (actor.kind) {
    case 'user':
      return actor.role;
    case 'anonymous':
      return 'public';
    case 'system':
      return 'admin';
  }
}

/** Throws FORBIDDEN unless the actor's role is one of `roles`. */
export function requireRole(actor: Actor, roles: readonly Role[]): void {
  if (!roles.includes(roleOf(actor))) {
    throw new AppError('FORBIDDEN', 'Tài khoản không có quyền thực hiện thao tác này.');
  }
}

/** The audit identity of an actor. */
export function auditIdentity(actor: Actor): { actorId: number | null; actorUsername: string } {
  switch (actor.kind) {
    case 'user':
      return { actorId: actor.userId, actorUsername: actor.username };
    case 'anonymous':
      return { actorId: null, actorUsername: '(ẩn danh)' };
    case 'system':
      return { actorId: null, actorUsername: `(hệ thống: ${actor.name})` };
  }
}
