// A new database gets the province as it is: the 2023 registry, then the shipped 2025 reorganisation
// (Nghị quyết 1673/NQ-UBTVQH15: 99 communes and wards, the district level ended on 01/07/2025),
// applied by the same first-start seeding `dti serve` runs. History stays: no unit is deleted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { createStore, type Store } from '../../db/store';
import { openTestDatabase } from '../../testing/test-database';
import { seedUnitsIfEmpty } from './bootstrap.service';

let database: Database;
let store: Store;

beforeAll(async () => {
  database = await openTestDatabase();
  store = createStore(database.db);
  expect(await seedUnitsIfEmpty(store)).toBe(303);
}, 180_000);
afterAll(async () => {
  await database.close();
});

const inForce = (day: string) => (u: { validFrom: string; validUntil: string | null }) =>
  u.validFrom <= day && (u.validUntil === null || u.validUntil >= day);

describe('the shipped registry', () => {
  it('has 99 communes and wards and no district in force on 31/12/2025, 152 communes on 31/12/2023', async () => {
    const units = await store.repos.units.listUnits();
    const communes2025 = units.filter((u) => u.kind === 'commune').filter(inForce('2025-12-31'));
    expect(communes2025).toHaveLength(99);
    expect(communes2025.filter((u) => u.adminType === 'phuong')).toHaveLength(10);
    expect(communes2025.filter((u) => u.adminType === 'xa')).toHaveLength(89);
    expect(units.filter((u) => u.kind === 'district').filter(inForce('2025-12-31'))).toEqual([]);
    expect(units.filter((u) => u.kind === 'commune').filter(inForce('2023-12-31'))).toHaveLength(152);
    expect(units.filter((u) => u.kind === 'district').filter(inForce('2023-12-31'))).toHaveLength(9);
  });

  it('keeps the merged communes with their lineage and legal basis (Bản Vược → Xã Bát Xát, 02683)', async () => {
    const found = await store.repos.units.findUnitsByCodes(['02710', '02683']);
    const banVuoc = found.find((u) => u.code === '02710');
    const batXat = found.find((u) => u.code === '02683');
    expect(banVuoc?.validUntil).toBe('2025-06-30');
    expect(batXat).toMatchObject({ name: 'Xã Bát Xát', validUntil: null });
    const lineage = await store.repos.units.listLineage(banVuoc?.id ?? 0);
    const link = lineage.find((l) => l.fromUnitId === banVuoc?.id && l.toUnitId === batXat?.id);
    expect(link?.legalBasis).toContain('1673/NQ-UBTVQH15');
  });
});
