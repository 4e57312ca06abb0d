// Demonstration accounts (DỮ LIỆU MINH HỌA): one per role, fixed passwords, on units of the seed.
import type { AccountRole } from '@dti/contract';
import type { Store } from '../../db/store';
import type { UserRow } from '../../db/users.repository';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit.service';
import { hashPassword } from '../accounts/passwords';

/** A demonstration account as printed by `dti serve`. */
export interface DemoAccount {
  username: string;
  password: string;
  role: AccountRole;
  /** The account's unit, or null. */
  unitCode: string | null;
  unitName: string | null;
}

/**
 * The demonstration commune: 02683, Thị trấn Bát Xát until 30/06/2025, then Xã Bát Xát, which kept
 * the code when Bản Vược, Bản Qua, Quang Kim and Phìn Ngan merged into it (Nghị quyết
 * 1673/NQ-UBTVQH15, shipped in db/seed/reorganisations): in force every year, with a merger's history.
 */
export const DEMO_COMMUNE = '02683';
/** The demonstration district (Huyện Bát Xát, abolished on 01/07/2025: its years up to 2024). */
export const DEMO_DISTRICT = '082';
/** The demonstration province agency (Sở Thông tin và Truyền thông). */
export const DEMO_AGENCY = '10.STTTT';

/** The accounts created with the demonstration data. */
export const demoAccountSpecs: readonly (Omit<DemoAccount, 'unitName'> & { fullName: string })[] = [
  {
    username: 'demo.xa',
    password: 'demo-xa-2024',
    role: 'unit_officer',
    unitCode: DEMO_COMMUNE,
    fullName: 'Cán bộ xã (minh họa)',
  },
  {
    username: 'demo.xa.truong',
    password: 'demo-xa-truong-2024',
    role: 'unit_head',
    unitCode: DEMO_COMMUNE,
    fullName: 'Chủ tịch UBND xã (minh họa)',
  },
  {
    username: 'demo.huyen',
    password: 'demo-huyen-2024',
    role: 'unit_officer',
    unitCode: DEMO_DISTRICT,
    fullName: 'Cán bộ huyện (minh họa)',
  },
  {
    username: 'demo.so',
    password: 'demo-so-2024',
    role: 'unit_officer',
    unitCode: DEMO_AGENCY,
    fullName: 'Cán bộ sở (minh họa)',
  },
  {
    username: 'demo.hoidong',
    password: 'demo-hoidong-2024',
    role: 'council_member',
    unitCode: null,
    fullName: 'Thành viên Hội đồng (minh họa)',
  },
  {
    username: 'demo.lanhdao',
    password: 'demo-lanhdao-2024',
    role: 'leader',
    unitCode: null,
    fullName: 'Lãnh đạo tỉnh (minh họa)',
  },
];

/** The actor of an account (for use cases run on its behalf while seeding). */
export function actorOfUser(user: UserRow, unitCode: string | null): Actor {
  return {
    kind: 'user',
    userId: user.id,
    username: user.username,
    role: user.role as AccountRole,
    unitId: user.unitId,
    unitCode,
  };
}

/**
 * Creates the demonstration accounts that do not exist yet (an existing account of the same name is
 * left alone and not listed). Returns the accounts created and every demo account row by name.
 */
export async function createDemoAccounts(
  store: Store,
  actor: Actor,
): Promise<{ created: DemoAccount[]; rows: Map<string, UserRow> }> {
  const codes = demoAccountSpecs.flatMap((s) => (s.unitCode === null ? [] : [s.unitCode]));
  const units = new Map((await store.repos.units.findUnitsByCodes(codes)).map((u) => [u.code, u]));
  const hashes = await Promise.all(demoAccountSpecs.map((s) => hashPassword(s.password)));
  const created: DemoAccount[] = [];
  const rows = new Map<string, UserRow>();
  await store.transaction(async (repos) => {
    for (const [i, spec] of demoAccountSpecs.entries()) {
      const unit = spec.unitCode === null ? undefined : units.get(spec.unitCode);
      if (spec.unitCode !== null && !unit) continue;
      const existing = await repos.users.findUserByUsername(spec.username);
      if (existing) {
        rows.set(spec.username, existing);
        continue;
      }
      const row = await repos.users.insertUser({
        username: spec.username,
        fullName: spec.fullName,
        role: spec.role,
        unitId: unit?.id ?? null,
        // The reserved .invalid domain: shown in the account list, never e-mailed.
        email: `${spec.username}@demo.invalid`,
        passwordHash: hashes[i] ?? '',
      });
      rows.set(spec.username, row);
      const { passwordHash: _hidden, ...after } = row;
      await recordAudit(repos, actor, { action: 'create', entity: 'user', entityId: row.id, after });
      created.push({
        username: spec.username,
        password: spec.password,
        role: spec.role,
        unitCode: spec.unitCode,
        unitName: unit?.name ?? null,
      });
    }
  });
  return { created, rows };
}

/** One line per account for the operator. */
export function describeDemoAccount(account: DemoAccount): string {
  const where = account.unitName === null ? '' : ` — ${account.unitName} (${account.unitCode ?? ''})`;
  return `${account.username} / ${account.password} (${account.role}${where})`;
}
