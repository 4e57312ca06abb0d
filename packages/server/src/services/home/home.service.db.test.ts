// The leader's home on a real database (PGlite, or PostgreSQL with DATABASE_URL): the running period's
// started / submitted / late per set from the light queries (items counted per unit, period rows
// without snapshots), and the empty answer before anything is published.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { createStore, type Store } from '../../db/store';
import { openTestDatabase } from '../../testing/test-database';
import { testSessionSettings } from '../../testing/test-app';
import { seedUnitsIfEmpty, startupActor } from '../system/bootstrap.service';
import { createServices, type Services } from '../services';

let database: Database;
let store: Store;
let services: Services;
const now = new Date('2025-11-01T08:00:00+07:00');

beforeAll(async () => {
  database = await openTestDatabase();
  store = createStore(database.db);
  await seedUnitsIfEmpty(store, { reorganisationsDir: null });
  services = createServices(store, testSessionSettings, () => now);
  await services.frameworks.loadBuiltinFrameworks(startupActor);
});
afterAll(async () => database?.close());

describe('home.leader', () => {
  it('counts started, submitted and late units of the running period per set; nothing published yet', async () => {
    const period = await store.repos.periods.insertPeriod({
      year: 2025,
      frameworkId: 'LC-3019-2023',
      state: 'open',
      dataFrom: '2024-10-01',
      dataTo: '2025-09-30',
    });
    const [a, b] = await store.repos.units.findUnitsByCodes(['02710', '02713']);
    if (!a || !b) throw new Error('seeded communes missing');
    const item = (unitId: number, subCode: string) => ({
      periodId: period.id,
      unitId,
      subCode,
      values: { x: 1 },
      updatedByName: 'Thử nghiệm',
    });
    await store.repos.assessments.insertItems([item(a.id, '1.1'), item(a.id, '1.2'), item(b.id, '1.1')]);
    await store.repos.assessments.insertSubmissions([
      {
        periodId: period.id,
        unitId: b.id,
        submittedAt: now,
        submittedByName: 'Thử nghiệm',
        late: true,
        itemCount: 1,
      },
    ]);

    const counts = await store.repos.assessments.countItemsByUnit(period.id);
    expect(counts.sort((x, y) => x.unitId - y.unitId)).toEqual(
      [
        { unitId: a.id, items: 2 },
        { unitId: b.id, items: 1 },
      ].sort((x, y) => x.unitId - y.unitId),
    );
    const [head] = await store.repos.periods.listPeriodHeads();
    expect(head).toMatchObject({ year: 2025, state: 'open', hasSnapshot: false });
    expect(head).not.toHaveProperty('snapshot');

    const home = await services.home.leader(startupActor);
    expect(home.year).toBeNull();
    expect(home.sets).toEqual([]);
    expect(home.open?.year).toBe(2025);
    const xa = home.open?.sets.find((s) => s.setId === 'XA');
    expect(xa).toMatchObject({ started: 2, submitted: 1, submittedLate: 1, overdue: 0, deadline: '' });
    expect(xa?.units).toBeGreaterThan(100);
    for (const other of home.open?.sets.filter((s) => s.setId !== 'XA') ?? []) {
      expect(other.started).toBe(0);
    }
  });
});
