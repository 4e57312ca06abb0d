// A small assessment cycle for the tests of documents and analysis, built through the services:
// 2022 on LC-2644-2022 (finalised, approved, published) and 2023 on LC-3019-2023 (open), each with
// generated values for eight communes (every other unit of the registry has no value).
import { createSeededRandom, generateDemoValues, type Framework } from '@dti/core';
import type { Store } from '../../db/store';
import { createStore } from '../../db/store';
import { openTestDatabase } from '../../testing/test-database';
import { testSessionSettings } from '../../testing/test-app';
import type { Actor } from '../shared/actor';
import { createAnalysisService, type AnalysisService } from '../analysis/analysis.service';
import { seedUnitsIfEmpty } from '../system/bootstrap.service';
import { createDocumentsService, type DocumentsService } from './documents.service';
import { createServices, type Services } from '../services';

export const fixtureActor: Actor = { kind: 'system', name: 'kiểm thử' };
/** The approving decision of 2022. */
export const DECISION_2022 = { decisionNumber: '684/QĐ-UBND', decisionDate: '2023-04-03' };

/** Adds the two periods and their values to a store whose registry is seeded. */
export async function populateCycle(options: {
  store: Store;
  services: Services;
  /** Moves the test clock (absent with the real clock). */
  setNow?: (at: Date) => void;
  /** Deadline of the communes' set in 2023 (default 15/12/2023). */
  deadline2023?: string;
}): Promise<{ communes: string[] }> {
  const { store, services, setNow } = options;
  await services.frameworks.loadBuiltinFrameworks(fixtureActor);
  const communes = (await store.repos.units.listUnits({ kind: 'commune' })).slice(0, 8);

  async function fill(year: number, frameworkId: string, seed: number): Promise<void> {
    const period = await store.repos.periods.findPeriodByYear(year);
    const framework = (await store.repos.frameworks.findFramework(frameworkId))?.content as Framework;
    const set = framework.sets.find((s) => s.unitKind === 'commune')!;
    const random = createSeededRandom(seed);
    const rows = communes.flatMap((unit, i) =>
      Object.entries(generateDemoValues(set, random, { strength: (i + 1) / 9, missingShare: 0.05 })).map(
        ([subCode, values]) => ({
          periodId: period!.id,
          unitId: unit.id,
          subCode,
          values,
          version: 1,
          updatedById: null,
          updatedByName: 'kiểm thử',
          updatedAt: new Date(Date.UTC(year, 9, 1)),
        }),
      ),
    );
    await store.repos.assessments.insertItems(rows);
  }

  setNow?.(new Date('2022-11-01T03:00:00Z'));
  await services.periods.createPeriod(fixtureActor, { year: 2022, frameworkId: 'LC-2644-2022' });
  await services.periods.transition(fixtureActor, 2022, 'open');
  await fill(2022, 'LC-2644-2022', 2022);
  await services.periods.transition(fixtureActor, 2022, 'closed');
  await services.periods.transition(fixtureActor, 2022, 'under_review');
  await services.results.finalize(fixtureActor, 2022);
  await services.results.approve(fixtureActor, 2022, DECISION_2022);
  await services.results.publish(fixtureActor, 2022);

  setNow?.(new Date('2023-11-01T03:00:00Z'));
  await services.periods.createPeriod(fixtureActor, {
    year: 2023,
    frameworkId: 'LC-3019-2023',
    ...(options.deadline2023 ? { deadlines: { XA: options.deadline2023 } } : {}),
  });
  await services.periods.transition(fixtureActor, 2023, 'open');
  await fill(2023, 'LC-3019-2023', 2023);
  return { communes: communes.map((c) => c.code) };
}

/** The cycle over in-memory PGlite with a test clock. */
export interface CycleFixture {
  store: Store;
  services: Services;
  documents: DocumentsService;
  analysis: AnalysisService;
  clock: { now: Date };
  communes: string[];
  close(): Promise<void>;
}

/** Builds the cycle over a fresh in-memory database. */
export async function buildCycleFixture(): Promise<CycleFixture> {
  const database = await openTestDatabase({ forcePglite: true });
  const store = createStore(database.db);
  const clock = { now: new Date('2022-11-01T03:00:00Z') };
  const now = () => clock.now;
  const services = createServices(store, testSessionSettings, now);
  await seedUnitsIfEmpty(store, { reorganisationsDir: null });
  const { communes } = await populateCycle({ store, services, setNow: (at) => (clock.now = at) });
  const documents = createDocumentsService({ store, assessment: services.assessment, now });
  const analysis = createAnalysisService({ store, now });
  return {
    store,
    services,
    documents,
    analysis,
    clock,
    communes,
    async close() {
      await analysis.close();
      await services.analysis.close();
      await database.close();
    },
  };
}
