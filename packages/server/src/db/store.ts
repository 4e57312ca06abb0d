// The repositories of one database, and transactions that hand out the same repositories bound to
// the transaction. Services see only this.
import { sql } from 'drizzle-orm';
import type { Db, Executor } from './client';
import { createAuditRepository } from './audit.repository';
import { createFrameworksRepository } from './frameworks.repository';
import { createSessionsRepository } from './sessions.repository';
import { createUnitsRepository } from './units.repository';
import { createUsersRepository } from './users.repository';

/** Every repository, bound to one executor (the database or a transaction). */
export interface Repositories {
  units: ReturnType<typeof createUnitsRepository>;
  users: ReturnType<typeof createUsersRepository>;
  sessions: ReturnType<typeof createSessionsRepository>;
  audit: ReturnType<typeof createAuditRepository>;
  frameworks: ReturnType<typeof createFrameworksRepository>;
}

/** Repositories plus all-or-nothing transactions. */
export interface Store {
  repos: Repositories;
  /** Answers when the database does (health checks). */
  ping(): Promise<void>;
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
}

function bindRepositories(executor: Executor): Repositories {
  return {
    units: createUnitsRepository(executor),
    users: createUsersRepository(executor),
    sessions: createSessionsRepository(executor),
    audit: createAuditRepository(executor),
    frameworks: createFrameworksRepository(executor),
  };
}

/** The store over an open database. */
export function createStore(db: Db): Store {
  return {
    repos: bindRepositories(db),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    transaction: (fn) => db.transaction((tx) => fn(bindRepositories(tx))),
  };
}
