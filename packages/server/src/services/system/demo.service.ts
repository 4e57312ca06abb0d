// Demonstration data (DỮ LIỆU MINH HỌA) on a new database: demo accounts for every role, every year
// from 2022 to last year published (2022 on LC-2644-2022, the later ones on LC-3019-2023) with
// generated values for every Lào Cai unit in force that year, and the current year in Vietnam time
// (from the injected clock) open with drafts and its real deadlines. The registry's real lineage
// shows through: Xã Tà Chải (02872) is assessed apart until its 2024 merger into Thị trấn Bắc Hà
// (02839), whose trend then derives the earlier years from both. Only when demo is on and there is
// no period yet.
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
  assignDemoCouncil,
  seedPublishedYear,
  type DemoContext,
  type DemoYear,
} from './demo-cycle';
import type { Services } from '../services';
import { defaultDeadline, vietnamDate, vietnamMidnight } from '../cycle/vietnam-time';

export { describeDemoAccount, demoAccountSpecs, type DemoAccount } from './demo-accounts';

/** The actor of the demonstration data in the audit log. */
export const demoActor: Actor = { kind: 'system', name: 'dữ liệu minh họa' };

/** The published demonstration years with a real approving decision (DOMAIN: 791/QĐ-UBND, 684/QĐ-UBND). */
const decidedYears: readonly DemoYear[] = [
  { year: 2022, frameworkId: 'LC-2644-2022', decisionNumber: '791/QĐ-UBND', decisionDate: '2023-04-11' },
  { year: 2023, frameworkId: 'LC-3019-2023', decisionNumber: '684/QĐ-UBND', decisionDate: '2024-04-03' },
];

/** The framework a demonstration year runs on. */
const frameworkOfYear = (year: number) => (year <= 2022 ? 'LC-2644-2022' : 'LC-3019-2023');

/**
 * The demonstration years at `now`: the current year in Vietnam time open, every year from 2022 to
 * the one before published. Years after 2023 get a decision number marked "minh họa" (no real
 * number is invented), dated early April of the next year, or yesterday when that is still ahead.
 */
export function demoYears(now: Date): { published: DemoYear[]; open: { year: number; frameworkId: string } } {
  const today = vietnamDate(now);
  const current = Math.max(2022, Number(today.slice(0, 4)));
  const yesterday = vietnamDate(new Date(now.getTime() - 86_400_000));
  const published: DemoYear[] = [];
  for (let year = 2022; year < current; year++) {
    const decided = decidedYears.find((d) => d.year === year);
    const april = `${year + 1}-04-06`;
    published.push(
      decided ?? {
        year,
        frameworkId: frameworkOfYear(year),
        decisionNumber: `MH-${year}/QĐ-UBND (minh họa)`,
        decisionDate: april < today ? april : yesterday,
      },
    );
  }
  return { published, open: { year: current, frameworkId: frameworkOfYear(current) } };
}

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
async function seedOpenYear(
  ctx: DemoContext,
  open: { year: number; frameworkId: string },
  now: Date,
): Promise<number> {
  const { services, store, actor } = ctx;
  const { year, frameworkId } = open;
  const framework = (await store.repos.frameworks.findFramework(frameworkId))?.content as Framework;
  const created = await services.periods.createPeriod(
    actor,
    { year, frameworkId, deadlines: openYearDeadlines(framework, year, now) },
    { demo: true },
  );
  await services.periods.transition(actor, year, 'open');
  const units = await assessedUnits(store, framework, year);
  await assignDemoCouncil(ctx, year, framework, units);
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
  const plan = demoYears(options.now);
  const frameworkIds = [...plan.published.map((y) => y.frameworkId), plan.open.frameworkId];
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
  const plan = demoYears(now);
  for (const spec of plan.published) items += await seedPublishedYear(ctx, spec);
  items += await seedOpenYear(ctx, plan.open, now);
  const years = [...plan.published.map((y) => y.year), plan.open.year];
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
