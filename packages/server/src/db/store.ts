// The repositories of one database, and transactions that hand out the same repositories bound to
// the transaction. Services see only this.
import { sql } from 'drizzle-orm';
import type { Db, Executor, Tx } from './client';
import { createAuditRepository } from './audit.repository';
import { createFrameworksRepository } from './frameworks.repository';
import { createSessionsRepository } from './sessions.repository';
import { createUnitsRepository } from './units.repository';
import { createUsersRepository } from './users.repository';
import { createPeriodsRepository } from './periods.repository';
import { createAssessmentsRepository } from './assessments.repository';
import { createEvidenceRepository } from './evidence.repository';
import { createReviewRepository } from './review.repository';
import { createNotificationsRepository } from './notifications.repository';
import { createSettingsRepository } from './settings.repository';
import { createObjectionsRepository } from './objections.repository';

/** Every repository, bound to one executor (the database or a transaction). */
export interface Repositories {
  units: ReturnType<typeof createUnitsRepository>;
  users: ReturnType<typeof createUsersRepository>;
  sessions: ReturnType<typeof createSessionsRepository>;
  audit: ReturnType<typeof createAuditRepository>;
  frameworks: ReturnType<typeof createFrameworksRepository>;
  periods: ReturnType<typeof createPeriodsRepository>;
  assessments: ReturnType<typeof createAssessmentsRepository>;
  evidence: ReturnType<typeof createEvidenceRepository>;
  review: ReturnType<typeof createReviewRepository>;
  notifications: ReturnType<typeof createNotificationsRepository>;
  settings: ReturnType<typeof createSettingsRepository>;
  objections: ReturnType<typeof createObjectionsRepository>;
}

/** Repositories plus all-or-nothing transactions. */
export interface Store {
  repos: Repositories;
  /** Answers when the database does (health checks). */
  ping(): Promise<void>;
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` with a whole store bound to one transaction (its own `transaction` calls become
   * savepoints): for long work built from many use cases that must land all or nothing.
   */
  atomically<T>(fn: (store: Store) => Promise<T>): Promise<T>;
}

function bindRepositories(executor: Executor): Repositories {
  return {
    units: createUnitsRepository(executor),
    users: createUsersRepository(executor),
    sessions: createSessionsRepository(executor),
    audit: createAuditRepository(executor),
    frameworks: createFrameworksRepository(executor),
    periods: createPeriodsRepository(executor),
    assessments: createAssessmentsRepository(executor),
    evidence: createEvidenceRepository(executor),
    review: createReviewRepository(executor),
    notifications: createNotificationsRepository(executor),
    settings: createSettingsRepository(executor),
    objections: createObjectionsRepository(executor),
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
    atomically: (fn) => db.transaction((tx) => fn(storeInTransaction(tx))),
  };
}

/** A store whose every query runs in `tx`; nested transactions are savepoints. */
function storeInTransaction(tx: Tx): Store {
  return {
    repos: bindRepositories(tx),
    ping: async () => {
      await tx.execute(sql`select 1`);
    },
    transaction: (fn) => tx.transaction((inner) => fn(bindRepositories(inner))),
    atomically: (fn) => tx.transaction((inner) => fn(storeInTransaction(inner))),
  };
}
