// Demonstration data (DỮ LIỆU MINH HỌA) on a new database: demo accounts for every role, the
// published years 2022 (LC-2644-2022) and 2023 (LC-3019-2023) with generated values for every
// Lào Cai unit, and an open year 2024 with drafts. Only when demo is on and there is no period yet.
import { createSeededRandom, seedFromText, type Framework } from '@dti/core';
import type { Store } from '../../db/store';
import type { Actor } from '../shared/actor';
import { recordAudit } from '../shared/audit.service';
import {
  createDemoAccounts,
  DEMO_AGENCY,
  DEMO_COMMUNE,
  DEMO_DISTRICT,
  type DemoAccount,
} from './demo-accounts';
import {
  assessedUnits,
  demoItemRows,
  insertItemsBySet,
  seedPublishedYear,
  type DemoContext,
  type DemoYear,
} from './demo-cycle';
import type { Services } from '../services';
import { defaultDeadline, vietnamDate, vietnamMidnight } from '../cycle/vietnam-time';

export { describeDemoAccount, demoAccountSpecs, type DemoAccount } from './demo-accounts';

/** The actor of the demonstration data in the audit log. */
export const demoActor: Actor = { kind: 'system', name: 'dữ liệu minh họa' };

/** The published demonstration years and their approving decisions. */
export const demoPublishedYears: readonly DemoYear[] = [
  { year: 2022, frameworkId: 'LC-2644-2022', decisionNumber: '791/QĐ-UBND', decisionDate: '2023-04-11' },
  { year: 2023, frameworkId: 'LC-3019-2023', decisionNumber: '684/QĐ-UBND', decisionDate: '2024-04-03' },
];

/** The open demonstration year. */
export const demoOpenYear = { year: 2024, frameworkId: 'LC-3019-2023' } as const;

/** What seeding did. */
export interface DemoReport {
  /** Accounts created now, with their passwords. */
  accounts: DemoAccount[];
  /** Years created (published ones and the open one). */
  years: number[];
  items: number;
  millis: number;
}

const DRAFT_SHARE_OF_UNITS = 0.3;

/**
 * Deadlines of the open year: the decision's defaults, or — when the database is created after
 * them — 30 days from now (Vietnam midnight) so the demo accounts can still enter values.
 */
export function openYearDeadlines(framework: Framework, year: number, now: Date): Record<string, string> {
  const later = new Date(now.getTime() + 30 * 86_400_000);
  const [y, m, d] = vietnamDate(later).split('-').map(Number);
  const fallback = vietnamMidnight(y ?? year, m ?? 12, d ?? 25);
  return Object.fromEntries(
    framework.sets.map((s) => {
      const standard = defaultDeadline(year, s.id);
      return [s.id, (standard > now ? standard : fallback).toISOString()];
    }),
  );
}

/** Opens the current year with drafts for some units (the demo units partly filled). */
async function seedOpenYear(ctx: DemoContext, now: Date): Promise<number> {
  const { services, store, actor } = ctx;
  const { year, frameworkId } = demoOpenYear;
  const framework = (await store.repos.frameworks.findFramework(frameworkId))?.content as Framework;
  const created = await services.periods.createPeriod(
    actor,
    { year, frameworkId, deadlines: openYearDeadlines(framework, year, now) },
    { demo: true },
  );
  await services.periods.transition(actor, year, 'open');
  const units = await assessedUnits(store, framework, year);
  const demoUnits = new Set([DEMO_COMMUNE, DEMO_DISTRICT, DEMO_AGENCY]);
  const drafting = units.filter(
    (u) =>
      !demoUnits.has(u.unit.code) &&
      createSeededRandom(seedFromText(`drafting/${year}/${u.unit.code}`))() < DRAFT_SHARE_OF_UNITS,
  );
  const at = new Date(Math.min(now.getTime(), Date.UTC(year, 9, 20, 3)));
  const periodId = created.period.id;
  let items = await insertItemsBySet(store, drafting, (group) =>
    demoItemRows(periodId, year, group, () => at, 0.7),
  );
  items += await insertItemsBySet(
    store,
    units.filter((u) => demoUnits.has(u.unit.code)),
    (group) => demoItemRows(periodId, year, group, () => at, 0.4),
  );
  return items;
}

/**
 * Seeds the demonstration data when demo is on (`services.demo`) and the database has no period.
 * Returns undefined when nothing was done. Run it under the start-up lock.
 */
export async function seedDemoData(
  deps: { store: Store; services: Services },
  options: { now: Date },
): Promise<DemoReport | undefined> {
  const { store, services } = deps;
  if (!services.demo) return undefined;
  if ((await store.repos.periods.listPeriods()).length > 0) return undefined;
  const frameworkIds = [...demoPublishedYears.map((y) => y.frameworkId), demoOpenYear.frameworkId];
  for (const id of frameworkIds) {
    if (!(await store.repos.frameworks.findFramework(id))) return undefined;
  }
  const started = Date.now();
  // All or nothing: a start-up killed half-way leaves no half-seeded demonstration behind.
  return store.atomically(async (txStore) =>
    seedAll({ store: txStore, services: services.overStore(txStore) }, options.now, started),
  );
}

async function seedAll(
  deps: { store: Store; services: Services },
  now: Date,
  started: number,
): Promise<DemoReport> {
  const { store, services } = deps;
  const { created, rows } = await createDemoAccounts(store, demoActor);
  const ctx: DemoContext = { store, services, actor: demoActor, accounts: rows };
  let items = 0;
  for (const spec of demoPublishedYears) items += await seedPublishedYear(ctx, spec);
  items += await seedOpenYear(ctx, now);
  const years = [...demoPublishedYears.map((y) => y.year), demoOpenYear.year];
  await store.transaction((repos) =>
    recordAudit(repos, demoActor, {
      action: 'seed',
      entity: 'demo',
      entityId: '*',
      after: { years, items, accounts: created.map((a) => a.username) },
    }),
  );
  return { accounts: created, years, items, millis: Date.now() - started };
}
