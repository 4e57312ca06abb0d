// Every use case of the server, built over one store. main.ts builds it; HTTP and CLI call it.
import type { Store } from '../db/store';
import { createAuditService } from './audit.service';
import { createFrameworksService } from './frameworks.service';
import { createSessionsService, type SessionSettings } from './sessions.service';
import { createUnitImportService } from './unit-import.service';
import { createUnitsService } from './units.service';
import { createUsersService } from './users.service';

/** The use cases, grouped by resource. */
export interface Services {
  sessions: ReturnType<typeof createSessionsService>;
  users: ReturnType<typeof createUsersService>;
  units: ReturnType<typeof createUnitsService>;
  unitImport: ReturnType<typeof createUnitImportService>;
  frameworks: ReturnType<typeof createFrameworksService>;
  audit: ReturnType<typeof createAuditService>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
}

/** Builds every service over `store`; `now` is the clock (tests pass their own). */
export function createServices(
  store: Store,
  settings: SessionSettings,
  now: () => Date = () => new Date(),
): Services {
  return {
    sessions: createSessionsService(store, settings, now),
    users: createUsersService(store, now),
    units: createUnitsService(store),
    unitImport: createUnitImportService(store),
    frameworks: createFrameworksService(store),
    audit: createAuditService(store),
    ping: () => store.ping(),
  };
}
