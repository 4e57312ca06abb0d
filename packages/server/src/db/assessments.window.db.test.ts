// The one-round-trip save (dti_save_item) on both databases: it writes only inside the window
// (open period, before the deadline or the unit's extension, not submitted), keeps versions, writes
// the audit row, answers the unit's item count and version sum; and a submission racing many saves
// holds exactly the saves that were answered "saved", the rest being refused.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectRows, type Database } from './client';
import { createStore, type Store } from './store';
import { openTestDatabase } from '../testing/test-database';

let database: Database;
let store: Store;
let periodId: number;
const units: number[] = [];
const by = { id: null, name: 'cán bộ thử' };
const deadline = new Date('2024-12-14T17:00:00Z'); // 00:00 on 15/12 in Vietnam
const before = new Date('2024-12-14T16:59:00Z');
const after = new Date('2024-12-14T17:01:00Z');

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
    year: 2024,
    frameworkId: 'F',
    dataFrom: '2024-01-01',
    dataTo: '2024-12-31',
  });
  periodId = period.id;
  await store.repos.periods.updatePeriod(periodId, { state: 'open' });
  await store.repos.periods.upsertDeadlines([{ periodId, setId: 'XA', deadline }]);
  for (let i = 0; i < 6; i++) {
    const unit = await store.repos.units.insertUnit({
      code: `0990${i}`,
      name: `Xã Thử ${i}`,
      shortName: `Thử ${i}`,
      kind: 'commune',
      validFrom: '2020-01-01',
    });
    units.push(unit.id);
  }
}, 120_000);
afterAll(async () => database?.close());

const save = async (unitId: number, subCode: string, base: number, n: number, at = before) => {
  const [answer] = await store.repos.assessments.saveItemsInWindow([
    {
      key: { periodId, unitId, subCode, setId: 'XA' },
      baseVersion: base,
      values: { n },
      by,
      at,
      auditEntityId: `2024/${unitId}/${subCode}`,
    },
  ]);
  if (!answer) throw new Error('no answer for the save');
  return answer;
};

describe('saving in the window, one round trip', () => {
  it('inserts, updates from the current version, refuses a stale one, and audits each save', async () => {
    const unit = units[0] as number;
    const first = await save(unit, '1.1', 0, 1);
    expect(first).toMatchObject({ status: 'saved', itemCount: 1, versionSum: 1 });
    if (first.status !== 'saved') return;
    expect(first.item).toMatchObject({
      subCode: '1.1',
      version: 1,
      values: { n: 1 },
      updatedByName: by.name,
    });
    expect(first.item.updatedAt.toISOString()).toBe(before.toISOString());
    const second = await save(unit, '1.1', 1, 2);
    expect(second).toMatchObject({ status: 'saved', itemCount: 1, versionSum: 2 });
    expect(await save(unit, '1.1', 1, 3)).toEqual({ status: 'conflict' });
    expect(await save(unit, '1.1', 0, 4)).toEqual({ status: 'conflict' });
    expect(await save(unit, '1.2', 0, 5)).toMatchObject({ status: 'saved', itemCount: 2, versionSum: 3 });
    const stored = await store.repos.assessments.findItem({ periodId, unitId: unit, subCode: '1.1' });
    expect(stored).toMatchObject({ version: 2, values: { n: 2 } });
    const audits = await selectRows<{ after: { version: number; values: unknown } }>(
      database.db,
      sql`select "after" from audit_log where entity = 'assessment_item' and entity_id = ${`2024/${unit}/1.1`} order by id`,
    );
    expect(audits.map((a) => a.after)).toEqual([
      { version: 1, values: { n: 1 } },
      { version: 2, values: { n: 2 } },
    ]);
  });

  it('refuses after the deadline unless the unit has a later extension, and outside an open period', async () => {
    const [late, extended] = [units[1] as number, units[2] as number];
    expect(await save(late, '1.1', 0, 1, after)).toEqual({ status: 'refused' });
    await store.repos.periods.upsertExtension({
      periodId,
      unitId: extended,
      until: new Date('2024-12-20T17:00:00Z'),
      reason: 'Mất điện',
      grantedBy: 'admin',
    });
    expect(await save(extended, '1.1', 0, 1, after)).toMatchObject({ status: 'saved' });
    await store.repos.periods.updatePeriod(periodId, { state: 'closed' });
    try {
      expect(await save(late, '1.1', 0, 1)).toEqual({ status: 'refused' });
    } finally {
      await store.repos.periods.updatePeriod(periodId, { state: 'open' });
    }
    expect(
      await store.repos.assessments.findItem({ periodId, unitId: late, subCode: '1.1' }),
    ).toBeUndefined();
  });

  it('saves a batch in one call, answering in the input order, two saves of one item in turn', async () => {
    const unit = units[0] as number;
    const input = (subCode: string, base: number, n: number, at = before) => ({
      key: { periodId, unitId: unit, subCode, setId: 'XA' },
      baseVersion: base,
      values: { n },
      by,
      at,
      auditEntityId: `2024/${unit}/${subCode}`,
    });
    const answers = await store.repos.assessments.saveItemsInWindow([
      input('5.2', 0, 1),
      input('5.1', 0, 2),
      input('5.1', 0, 3), // the same first write again: loses to the one before it
      input('1.1', 2, 4), // 1.1 is at version 2 (first test)
      input('5.3', 0, 5, after), // after the deadline
    ]);
    expect(answers.map((a) => a.status)).toEqual(['saved', 'saved', 'conflict', 'saved', 'refused']);
    expect(answers[0]).toMatchObject({ item: { subCode: '5.2', values: { n: 1 } } });
    expect(answers[1]).toMatchObject({ item: { subCode: '5.1', values: { n: 2 } } });
    expect(answers[3]).toMatchObject({ item: { subCode: '1.1', version: 3 } });
  });

  it('lets a submission hold exactly the saves answered "saved" when both race', async () => {
    for (const unit of units.slice(3)) {
      const saves = Array.from({ length: 40 }, (_, i) => save(unit, `9.${i}`, 0, i));
      const submission = store.transaction(async (repos) => {
        await repos.assessments.lockUnitForSubmission(periodId, unit);
        const items = await repos.assessments.listUnitItems(periodId, unit);
        await repos.assessments.insertSubmission({
          periodId,
          unitId: unit,
          submittedAt: before,
          submittedByName: 'thủ trưởng',
          late: false,
          itemCount: items.length,
        });
        return items.map((i) => i.subCode).sort();
      });
      const answers = await Promise.all(saves);
      const atSubmission = await submission;
      const saved = answers
        .map((a, i) => (a.status === 'saved' ? `9.${i}` : undefined))
        .filter((c) => c !== undefined)
        .sort();
      expect(saved).toEqual(atSubmission);
      expect(answers.every((a) => a.status === 'saved' || a.status === 'refused')).toBe(true);
      const stored = await store.repos.assessments.listUnitItems(periodId, unit);
      expect(stored.map((i) => i.subCode).sort()).toEqual(atSubmission);
      expect(await save(unit, '9.99', 0, 0)).toEqual({ status: 'refused' });
    }
  });
});
