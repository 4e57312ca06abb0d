// An application over in-memory PGlite for route tests: seeded registry, one account per role,
// and helpers to call the API as any of them (cookie and CSRF header included).
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AccountRole } from '@dti/contract';
import type { Config } from '../config';
import type { Database } from '../db/client';
import { createStore, type Store } from '../db/store';
import { buildHttpApp, type RouteEntry } from '../http/app';
import { seedUnitsIfEmpty } from '../services/system/bootstrap.service';
import { createServices, type Services } from '../services/services';
import { hashPassword } from '../services/accounts/passwords';
import { openTestDatabase } from './test-database';

/** The password of every test account. */
export const TEST_PASSWORD = 'mat-khau-thu-nghiem';

/** Session settings used in tests. */
export const testSessionSettings: Config['sessions'] = {
  ttlMinutes: 60,
  maxFailuresPerUser: 3,
  maxFailuresPerIp: 100,
  windowMinutes: 15,
  lockMinutes: 15,
};

/** A signed-in test client. */
export interface Caller {
  role: AccountRole;
  userId: number;
  unitId: number | null;
  cookie: string;
  csrf: string;
}

/** A running test application. */
export interface TestApp {
  app: FastifyInstance;
  routes: RouteEntry[];
  database: Database;
  store: Store;
  services: Services;
  /** Test units: a commune (`ownUnitId`, the unit accounts belong to) and another commune. */
  ownUnitId: number;
  otherUnitId: number;
  /** Account ids by role. */
  userIds: Record<AccountRole, number>;
  clock: { now: Date };
  signIn(username: string, password?: string): Promise<Caller>;
  /** Calls the API; with a caller, sends its cookie and CSRF header. */
  call(caller: Caller | undefined, options: InjectOptions): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Cookie header value from a sign-in answer. */
export function cookieOf(response: LightMyRequestResponse): string {
  return response.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

/** Options of a test application. */
export interface TestAppOptions {
  /** Use the database tier's database (PostgreSQL when DATABASE_URL is set) instead of PGlite. */
  tierDatabase?: boolean;
  /** The same as `tierDatabase` (older spelling). */
  anyDatabase?: boolean;
  /** Session settings that differ from `testSessionSettings`. */
  sessions?: Partial<Config['sessions']>;
}

/** Starts an application over a fresh in-memory PGlite (or the database tier's database). */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await openTestDatabase({
    forcePglite: options.tierDatabase !== true && options.anyDatabase !== true,
  });
  const store = createStore(database.db);
  const clock = { now: new Date('2024-03-01T08:00:00Z') };
  const sessionSettings = { ...testSessionSettings, ...options.sessions };
  const services = createServices(store, sessionSettings, () => clock.now);
  await seedUnitsIfEmpty(store, { reorganisationsDir: null });
  const [own, other] = await store.repos.units.findUnitsByCodes(['02713', '02719']);
  if (!own || !other) throw new Error('seed lacks the test communes');
  const [agency] = await store.repos.units.findUnitsByCodes(['10.STTTT']);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const unitOf: Record<AccountRole, number | null> = {
    admin: null,
    unit_officer: own.id,
    unit_head: own.id,
    council_member: agency?.id ?? null,
    leader: null,
  };
  const userIds = {} as Record<AccountRole, number>;
  for (const role of Object.keys(unitOf) as AccountRole[]) {
    const row = await store.repos.users.insertUser({
      username: role.replace('_', '-'),
      fullName: `Tài khoản ${role}`,
      role,
      unitId: unitOf[role],
      passwordHash,
    });
    userIds[role] = row.id;
  }
  const { app, routes } = await buildHttpApp(services, {
    database: database.kind,
    cookieSecure: false,
    trustProxy: false,
    logger: false,
  });
  await app.ready();

  const call: TestApp['call'] = (caller, options) =>
    app.inject({
      ...options,
      headers: {
        ...(caller ? { cookie: caller.cookie, 'x-csrf-token': caller.csrf } : {}),
        ...options.headers,
      },
    });

  return {
    app,
    routes,
    database,
    store,
    services,
    ownUnitId: own.id,
    otherUnitId: other.id,
    userIds,
    clock,
    call,
    async signIn(username, password = TEST_PASSWORD) {
      const response = await app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username, password },
      });
      if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
      const body = response.json<{
        csrfToken: string;
        user: { id: number; role: AccountRole; unitId: number | null };
      }>();
      return {
        role: body.user.role,
        userId: body.user.id,
        unitId: body.user.unitId,
        cookie: cookieOf(response),
        csrf: body.csrfToken,
      };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/** The test user name of a role. */
export function usernameOf(role: AccountRole): string {
  return role.replace('_', '-');
}
