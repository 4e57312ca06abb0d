// Accounts: administrators create, change and remove them; unit heads see their own unit's.
import { unitBoundRoles, type AccountRole, type UserCreate, type UserUpdate } from '@dti/contract';
import type { Repositories, Store } from '../../db/store';
import type { UserRow } from '../../db/users.repository';
import { requireRole, roleOf, type Actor } from '../shared/actor';
import { AppError, notFound } from '../shared/app-error';
import { recordAudit } from '../shared/audit.service';
import { hashPassword } from './passwords';

/** A user row without its password hash: what may leave the server or enter the audit log. */
export type PublicUser = Omit<UserRow, 'passwordHash'>;

/** Drops the password hash. */
export function toPublicUser(row: UserRow): PublicUser {
  const { passwordHash: _hidden, ...rest } = row;
  return rest;
}

async function checkRoleUnit(repos: Repositories, role: AccountRole, unitId: number | null): Promise<void> {
  if (unitBoundRoles.includes(role) && unitId === null) {
    throw new AppError('INVALID_INPUT', 'Tài khoản cán bộ hoặc thủ trưởng đơn vị phải thuộc một đơn vị.', [
      { path: 'unitId', message: 'Chọn đơn vị cho tài khoản này.' },
    ]);
  }
  if (unitId !== null && !(await repos.units.findUnitById(unitId))) {
    throw new AppError('INVALID_INPUT', 'Đơn vị không tồn tại.', [
      { path: 'unitId', message: `Không có đơn vị mã số ${unitId}.` },
    ]);
  }
}

/** Account management. */
export function createUsersService(store: Store, now: () => Date) {
  return {
    async listUsers(actor: Actor): Promise<PublicUser[]> {
      requireRole(actor, ['admin']);
      return (await store.repos.users.listUsers()).map(toPublicUser);
    },

    /** Accounts of one unit: admins and leaders any unit, unit heads their own only. */
    async listUnitUsers(actor: Actor, unitId: number): Promise<PublicUser[]> {
      const role = roleOf(actor);
      const own = actor.kind === 'user' && actor.unitId === unitId;
      if (!(role === 'admin' || role === 'leader' || (role === 'unit_head' && own))) {
        throw new AppError('FORBIDDEN', 'Chỉ xem được tài khoản của đơn vị mình.');
      }
      if (!(await store.repos.units.findUnitById(unitId))) throw notFound('đơn vị');
      return (await store.repos.users.listUsers({ unitId })).map(toPublicUser);
    },

    async getUser(actor: Actor, id: number): Promise<PublicUser> {
      requireRole(actor, ['admin']);
      const row = await store.repos.users.findUserById(id);
      if (!row) throw notFound('tài khoản');
      return toPublicUser(row);
    },

    async createUser(actor: Actor, input: UserCreate): Promise<PublicUser> {
      requireRole(actor, ['admin']);
      const passwordHash = await hashPassword(input.password);
      return store.transaction(async (repos) => {
        const unitId = input.unitId ?? null;
        await checkRoleUnit(repos, input.role, unitId);
        if (await repos.users.findUserByUsername(input.username)) {
          throw new AppError('CONFLICT', `Tên đăng nhập "${input.username}" đã có.`, [
            { path: 'username', message: 'Tên đăng nhập đã được dùng.' },
          ]);
        }
        const row = await repos.users.insertUser({
          username: input.username,
          fullName: input.fullName,
          role: input.role,
          unitId,
          email: input.email?.toLowerCase() ?? null,
          passwordHash,
        });
        const after = toPublicUser(row);
        await recordAudit(repos, actor, { action: 'create', entity: 'user', entityId: row.id, after });
        return after;
      });
    },

    /** Changes an account; a new password, a role change or deactivation signs it out everywhere. */
    async updateUser(actor: Actor, id: number, input: UserUpdate): Promise<PublicUser> {
      requireRole(actor, ['admin']);
      const passwordHash = input.password === undefined ? undefined : await hashPassword(input.password);
      return store.transaction(async (repos) => {
        const current = await repos.users.findUserById(id);
        if (!current) throw notFound('tài khoản');
        const role = input.role ?? (current.role as AccountRole);
        const unitId = input.unitId === undefined ? current.unitId : input.unitId;
        await checkRoleUnit(repos, role, unitId);
        if (actor.kind === 'user' && actor.userId === id && (input.active === false || role !== 'admin')) {
          throw new AppError('INVALID_INPUT', 'Không thể tự khóa hoặc bỏ quyền quản trị của chính mình.');
        }
        const unchanged =
          passwordHash === undefined &&
          role === current.role &&
          unitId === current.unitId &&
          (input.fullName === undefined || input.fullName === current.fullName) &&
          (input.active === undefined || input.active === current.active) &&
          (input.email === undefined || (input.email?.toLowerCase() ?? null) === current.email);
        if (unchanged) return toPublicUser(current); // nothing to write, nothing to audit
        const row = await repos.users.updateUser(id, {
          ...(input.fullName === undefined ? {} : { fullName: input.fullName }),
          ...(input.active === undefined ? {} : { active: input.active }),
          ...(input.email === undefined ? {} : { email: input.email?.toLowerCase() ?? null }),
          ...(passwordHash === undefined ? {} : { passwordHash }),
          role,
          unitId,
        });
        if (!row) throw notFound('tài khoản');
        if (passwordHash !== undefined || role !== current.role || input.active === false) {
          await repos.sessions.revokeUserSessions(id, now());
        }
        const after = toPublicUser(row);
        await recordAudit(repos, actor, {
          action: passwordHash === undefined ? 'update' : 'update+password',
          entity: 'user',
          entityId: id,
          before: toPublicUser(current),
          after,
        });
        return after;
      });
    },

    async deleteUser(actor: Actor, id: number): Promise<void> {
      requireRole(actor, ['admin']);
      if (actor.kind === 'user' && actor.userId === id) {
        throw new AppError('INVALID_INPUT', 'Không thể xóa tài khoản đang đăng nhập.');
      }
      await store.transaction(async (repos) => {
        const current = await repos.users.findUserById(id);
        if (!current) throw notFound('tài khoản');
        await repos.users.deleteUser(id);
        await recordAudit(repos, actor, {
          action: 'delete',
          entity: 'user',
          entityId: id,
          before: toPublicUser(current),
        });
      });
    },

    /** Sets a new password by user name (command line); clears sessions and the sign-in lock. */
    async resetPassword(actor: Actor, username: string, password: string): Promise<PublicUser> {
      requireRole(actor, ['admin']);
      const passwordHash = await hashPassword(password);
      return store.transaction(async (repos) => {
        const current = await repos.users.findUserByUsername(username);
        if (!current) throw notFound(`tài khoản "${username}"`);
        const row = await repos.users.updateUser(current.id, { passwordHash, active: true });
        if (!row) throw notFound('tài khoản');
        await repos.sessions.revokeUserSessions(current.id, now());
        await repos.sessions.clearThrottle(`user:${username}`);
        const after = toPublicUser(row);
        await recordAudit(repos, actor, {
          action: 'reset-password',
          entity: 'user',
          entityId: current.id,
          before: toPublicUser(current),
          after,
        });
        return after;
      });
    },
  };
}

/** Account management. */
export type UsersService = ReturnType<typeof createUsersService>;
