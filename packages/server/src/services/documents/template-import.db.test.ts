// The data-entry template import is all or nothing on both databases: one stale item (saved by
// someone else between the import's read and its write), a submission or a passed deadline stores
// nothing, and the answer names the item (its cell) or says why.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import { createStore, type Store } from '../../db/store';
import { openTestDatabase } from '../../testing/test-database';
import { testSessionSettings } from '../../testing/test-app';
import { AppError } from '../shared/app-error';
import { createServices, type Services } from '../services';
import { seedUnitsIfEmpty } from '../system/bootstrap.service';
import { createDocumentsService, type DocumentsService } from './documents.service';
import { fixtureActor, populateCycle } from './documents.service.fixture';

let database: Database;
let store: Store;
let services: Services;
let documents: DocumentsService;
let communes: string[];
const clock = { now: new Date('2022-11-01T03:00:00Z') };
const now = () => clock.now;

beforeAll(async () => {
  database = await openTestDatabase();
  store = createStore(database.db);
  services = createServices(store, testSessionSettings, now);
  await seedUnitsIfEmpty(store, { reorganisationsDir: null });
  ({ communes } = await populateCycle({ store, services, setNow: (at) => (clock.now = at) }));
  documents = createDocumentsService({ store, assessment: services.assessment, now });
}, 180_000);
afterAll(async () => database?.close());

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

async function fill(bytes: Buffer, fills: [string, string, ExcelJS.CellValue][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = workbook.getWorksheet('Nhập liệu')!;
  for (const [code, label, value] of fills) {
    let found = false;
    for (let r = 1; r <= ws.rowCount && !found; r++) {
      const row = ws.getRow(r);
      if (row.getCell(2).text === code && row.getCell(4).text.startsWith(label)) {
        row.getCell(6).value = value;
        found = true;
      }
    }
    if (!found) throw new Error(`No row for ${code} / ${label}.`);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function snapshot(code: string) {
  const period = await store.repos.periods.findPeriodByYear(2023);
  const [unit] = await store.repos.units.findUnitsByCodes([code]);
  const items = await store.repos.assessments.listUnitItems(period!.id, unit!.id);
  const audit = await store.repos.audit.listAudit({ entity: 'assessment_item', limit: 10_000 });
  return {
    items: new Map(items.map((i) => [i.subCode, { version: i.version, values: i.values }])),
    audit: audit.length,
  };
}

describe('template import, all or nothing', () => {
  it('stores nothing when one item went stale during the import, and names that item', async () => {
    const code = communes[0]!;
    clock.now = new Date('2023-11-05T03:00:00Z');
    const template = await documents.template(fixtureActor, 2023, code);
    clock.now = new Date('2023-11-05T04:00:00Z');
    const filled = await fill(template.bytes, [
      ['1.2', 'Số cuộc họp', 5],
      ['1.6', 'Số tin, bài', 12],
    ]);
    // Someone saves 1.2 right after the import has read the stored items (a race, made certain).
    let raced = false;
    const racing: Store = {
      ...store,
      repos: {
        ...store.repos,
        assessments: {
          ...store.repos.assessments,
          async listUnitItems(periodId: number, unitId: number) {
            const rows = await store.repos.assessments.listUnitItems(periodId, unitId);
            if (!raced) {
              raced = true;
              const current = rows.find((r) => r.subCode === '1.2');
              await services.assessment.saveItem(fixtureActor, 2023, code, '1.2', {
                values: { meetings: 11 },
                baseVersion: current?.version ?? 0,
              });
            }
            return rows;
          },
        },
      },
    };
    const before = await snapshot(code);
    const importing = createDocumentsService({ store: racing, assessment: services.assessment, now });
    const error = await failure(
      importing.importTemplate(fixtureActor, filled, { year: 2023, unitCode: code }),
    );
    expect(raced).toBe(true);
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.message).toContain('1.2');
    expect(error.message).toContain('không lưu chỉ số nào');
    expect(error.details).toHaveLength(1);
    expect(error.details[0]?.path).toMatch(/^Sheet Nhập liệu, ô F\d+$/);
    expect(error.details[0]?.current).toMatchObject({ values: { meetings: 11 } });
    const after = await snapshot(code);
    // Only the racing save landed: 1.2 is 11 (one version, one audit row more); 1.6 is untouched.
    expect(after.items.get('1.2')).toEqual({
      version: (before.items.get('1.2')?.version ?? 0) + 1,
      values: { meetings: 11 },
    });
    expect(after.items.get('1.6')).toEqual(before.items.get('1.6'));
    expect(after.audit).toBe(before.audit + 1);
  });

  it('saves every changed item in one go when nothing is stale', async () => {
    const code = communes[1]!;
    const before = await snapshot(code);
    const template = await documents.template(fixtureActor, 2023, code);
    const filled = await fill(template.bytes, [
      ['1.2', 'Số cuộc họp', 6],
      ['1.6', 'Số tin, bài', 13],
    ]);
    const done = await documents.importTemplate(fixtureActor, filled, { year: 2023, unitCode: code });
    expect(done.saved.sort()).toEqual(['1.2', '1.6']);
    const after = await snapshot(code);
    expect(after.items.get('1.2')?.values).toEqual({ meetings: 6 });
    expect(after.items.get('1.6')?.values).toEqual({ articles: 13 });
    expect(after.audit).toBe(before.audit + 2);
  });

  it('a batch with one stale base version stores none of its items and names the stale one', async () => {
    const code = communes[2]!;
    const before = await snapshot(code);
    const v = (sub: string) => before.items.get(sub)?.version ?? 0;
    const error = await failure(
      services.assessment.saveItems(fixtureActor, 2023, code, [
        { subCode: '1.2', values: { meetings: 3 }, baseVersion: v('1.2') },
        { subCode: '1.6', values: { articles: 4 }, baseVersion: v('1.6') + 5 },
        { subCode: '1.3', values: { chaired: 1, meetings: 2 }, baseVersion: v('1.3') },
      ]),
    );
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.details.map((d) => d.path)).toEqual(['1.6']);
    expect(await snapshot(code)).toEqual(before);
  });

  it('after the submission, an import stores nothing and says why', async () => {
    const code = communes[3]!;
    const template = await documents.template(fixtureActor, 2023, code);
    const filled = await fill(template.bytes, [['1.2', 'Số cuộc họp', 8]]);
    await services.assessment.submit(fixtureActor, 2023, code);
    const before = await snapshot(code);
    const error = await failure(
      documents.importTemplate(fixtureActor, filled, { year: 2023, unitCode: code }),
    );
    expect(error.code).toBe('ALREADY_SUBMITTED');
    expect(error.message).toContain('Không lưu chỉ số nào');
    expect(await snapshot(code)).toEqual(before);
  });

  it('after the deadline, an import stores nothing and says why', async () => {
    const code = communes[4]!;
    const template = await documents.template(fixtureActor, 2023, code);
    const filled = await fill(template.bytes, [['1.2', 'Số cuộc họp', 9]]);
    const before = await snapshot(code);
    clock.now = new Date('2024-01-05T03:00:00Z');
    const error = await failure(
      documents.importTemplate(fixtureActor, filled, { year: 2023, unitCode: code }),
    );
    clock.now = new Date('2023-11-05T05:00:00Z');
    expect(error.code).toBe('DEADLINE_PASSED');
    expect(await snapshot(code)).toEqual(before);
  });
});
