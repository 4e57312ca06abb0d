// Optimistic versions on both databases: of many concurrent writes from one base version exactly
// one wins, and a concurrent first write is inserted once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './client';
import { createStore, type Store } from './store';
import { openTestDatabase } from '../testing/test-database';

let database: Database;
let store: Store;
let key: { periodId: number; unitId: number; subCode: string };
const by = { id: null, name: 'test' };
const at = new Date('2023-05-01T00:00:00Z');

beforeAll(async () => {
  database = await openTestDatabase();
  store = createStore(database.db);
  await store.repos.frameworks.upsertFramework({
    id: 'F',
    title: 'F',
    provenance: 'official',
    builtin: false,
    content: {},
  });
  const period = await store.repos.periods.insertPeriod({
    year: 2023,
    frameworkId: 'F',
    dataFrom: '2023-01-01',
    dataTo: '2023-12-31',
  });
  const unit = await store.repos.units.insertUnit({
    code: '02713',
    name: 'Xã Sàng Ma Sáo',
    shortName: 'Sàng Ma Sáo',
    kind: 'commune',
    validFrom: '2020-03-01',
  });
  key = { periodId: period.id, unitId: unit.id, subCode: '1.1' };
}, 120_000);
afterAll(async () => database?.close());

describe('assessment items', () => {
  it('inserts a first version once however many writers race', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.transaction((r) => r.assessments.insertItemIfAbsent(key, { n: i }, by, at)),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('lets exactly one of many writers from the same base version win', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        store.transaction((r) => r.assessments.updateItemIfVersion(key, 1, { n: i }, by, at)),
      ),
    );
    const winners = results.filter(Boolean);
    expect(winners).toHaveLength(1);
    const stored = await store.repos.assessments.findItem(key);
    expect(stored?.version).toBe(2);
    expect(stored?.values).toEqual(winners[0]?.values);
  });
});
