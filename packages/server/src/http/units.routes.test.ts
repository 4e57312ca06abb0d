import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Caller, type TestApp } from '../testing/test-app';
import { importMediaTypes } from './units.routes';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
}, 120_000);
afterAll(async () => t?.close());

type U = { id: number; code: string; name: string; kind: string; children?: U[] };

const importCsv = (csv: string, dryRun = false) =>
  t.call(admin, {
    method: 'POST',
    url: `/api/units/import${dryRun ? '?dryRun=true' : ''}`,
    headers: { 'content-type': importMediaTypes.csv },
    payload: csv,
  });

describe('unit registry', () => {
  it('holds the seeded registry, kinds as frameworks expect them', async () => {
    const count = async (kind: string) =>
      (await t.call(admin, { url: `/api/units?kind=${kind}` })).json<U[]>().length;
    expect(await count('province')).toBe(1);
    expect(await count('province_agency_tthc')).toBe(18);
    expect(await count('province_agency')).toBeGreaterThan(8);
    expect(await count('district')).toBe(9);
    expect(await count('commune')).toBe(152);
    expect(await count('district_agency')).toBe(9 * 12);
  });

  it('sorts names in Vietnamese order and searches without diacritics', async () => {
    const districts = (await t.call(admin, { url: '/api/units?kind=district' })).json<U[]>();
    const names = districts.map((d) => d.name);
    expect(names.indexOf('Huyện Bảo Thắng')).toBeLessThan(names.indexOf('Huyện Bát Xát'));
    expect(names.indexOf('Huyện Bát Xát')).toBeLessThan(names.indexOf('Huyện Bắc Hà'));
    const found = (await t.call(admin, { url: '/api/units?q=bac%20ha&kind=district' })).json<U[]>();
    expect(found.map((u) => u.code)).toEqual(['085']);
  });

  it('keeps history: Tà Chải ended 2024-10-31 and its merger into Bắc Hà is recorded', async () => {
    const [taChai] = (await t.call(admin, { url: '/api/units?q=ta%20chai' })).json<U[]>();
    const detail = (await t.call(admin, { url: `/api/units/${taChai?.id}` })).json<{
      validUntil: string;
      lineage: { kind: string; effectiveDate: string }[];
    }>();
    expect(detail.validUntil).toBe('2024-10-31');
    expect(detail.lineage).toMatchObject([{ kind: 'merged_into', effectiveDate: '2024-11-01' }]);
    const in2023 = (await t.call(admin, { url: '/api/units?kind=commune&validOn=2023-12-31' })).json<U[]>();
    const in2025 = (await t.call(admin, { url: '/api/units?kind=commune&validOn=2025-01-01' })).json<U[]>();
    expect([in2023.length, in2025.length]).toEqual([152, 151]);
  });

  it('serves the tree: province → districts → communes', async () => {
    const tree = (await t.call(admin, { url: '/api/units/tree' })).json<U[]>();
    expect(tree).toHaveLength(1);
    const batXat = tree[0]?.children?.find((c) => c.code === '082');
    expect(batXat?.children?.some((c) => c.code === '082.PNV')).toBe(true);
    expect(batXat?.children?.some((c) => c.kind === 'commune')).toBe(true);
  });

  it('creates and updates a unit, audits both, refuses a parent cycle', async () => {
    const created = await t.call(admin, {
      method: 'POST',
      url: '/api/units',
      payload: {
        code: 'T.TEST',
        name: 'Đơn vị thử',
        kind: 'province_agency',
        parentId: 1,
        validFrom: '2025-07-01',
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<U>().id;
    const updated = await t.call(admin, {
      method: 'PATCH',
      url: `/api/units/${id}`,
      payload: { name: 'Đơn vị thử 2' },
    });
    expect(updated.json<U>().name).toBe('Đơn vị thử 2');
    const cycle = await t.call(admin, { method: 'PATCH', url: '/api/units/1', payload: { parentId: id } });
    expect(cycle.statusCode).toBe(422);
    const duplicate = await t.call(admin, {
      method: 'POST',
      url: '/api/units',
      payload: { code: 'T.TEST', name: 'x', kind: 'commune', validFrom: '2025-07-01' },
    });
    expect(duplicate.statusCode).toBe(409);
    const audit = (await t.call(admin, { url: `/api/audit?entity=unit&entityId=${id}` })).json<
      { action: string; before: { name: string } | null; after: { name: string } }[]
    >();
    expect(audit.map((a) => a.action)).toEqual(['update', 'create']);
    expect(audit[0]).toMatchObject({ before: { name: 'Đơn vị thử' }, after: { name: 'Đơn vị thử 2' } });
  });

  it('rejects an import file whole, listing every problem with row and column', async () => {
    const csv = [
      'ma,ten,loai,ma_cap_tren,hieu_luc_tu,hieu_luc_den',
      'N.1,Xã Mới,commune,082,01/07/2025,',
      'N.1,Trùng mã,commune,082,2025-07-01,',
      'N.2,,Loai Sai,KHONG-CO,31/02/2025,2020-01-01',
    ].join('\n');
    const response = await importCsv(csv);
    expect(response.statusCode).toBe(422);
    const body = response.json<{ code: string; details: { row: number; column: string }[] }>();
    expect(body.code).toBe('IMPORT_REJECTED');
    expect(body.details.map((d) => `${d.row}:${d.column}`)).toEqual([
      '3:ma',
      '4:ten',
      '4:loai',
      '4:hieu_luc_tu',
    ]);
    expect((await t.call(admin, { url: '/api/units?q=xa%20moi' })).json<U[]>()).toEqual([]);
  });

  it('reports unknown parents and cycles from the registry too', async () => {
    const response = await importCsv(
      'ma,ten,loai,ma_cap_tren,hieu_luc_tu\nN.3,Xã,commune,KHONG-CO,2025-07-01\n10,Tỉnh,province,082,2020-03-01',
    );
    const details = response.json<{ details: { row: number; column: string; code: string }[] }>().details;
    expect(details.map((d) => `${d.row}:${d.column}:${d.code}`)).toEqual([
      '2:ma_cap_tren:UNKNOWN_PARENT',
      '3:ma_cap_tren:PARENT_CYCLE',
    ]);
  });

  it('imports CSV (dry run first), parents before children, all or nothing', async () => {
    const csv =
      '\uFEFFma,ten,loai,ma_cap_tren,hieu_luc_tu\nM.2,Phòng mới,district_agency,M.1,2025-07-01\nM.1,Huyện mới,district,10,2025-07-01\n085,Huyện Bắc Hà,district,10,2020-03-01';
    const dry = await importCsv(csv, true);
    expect(dry.json()).toEqual({ dryRun: true, created: 2, updated: 1, unchanged: 0 });
    expect((await t.call(admin, { url: '/api/units?q=huyen%20moi' })).json<U[]>()).toEqual([]);
    const real = await importCsv(csv);
    expect(real.json()).toEqual({ dryRun: false, created: 2, updated: 1, unchanged: 0 });
    const [m2] = (await t.call(admin, { url: '/api/units?q=phong%20moi' })).json<
      (U & { parentId: number })[]
    >();
    const [m1] = (await t.call(admin, { url: '/api/units?q=huyen%20moi' })).json<U[]>();
    expect(m2?.parentId).toBe(m1?.id);
    expect((await importCsv(csv)).json()).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
  });

  it('imports XLSX with the same columns', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Đơn vị');
    sheet.addRow(['ma', 'ten', 'loai', 'ma_cap_tren', 'hieu_luc_tu']);
    sheet.addRow(['X.1', 'Xã Xlsx', 'commune', '082', new Date(Date.UTC(2025, 6, 1))]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const response = await t.call(admin, {
      method: 'POST',
      url: '/api/units/import',
      headers: { 'content-type': importMediaTypes.xlsx },
      payload: bytes,
    });
    expect(response.json()).toEqual({ dryRun: false, created: 1, updated: 0, unchanged: 0 });
    const [unit] = (await t.call(admin, { url: '/api/units?q=xlsx' })).json<{ validFrom: string }[]>();
    expect(unit?.validFrom).toBe('2025-07-01');
  });

  it('lets a unit head list the accounts of their own unit only', async () => {
    const head = await t.signIn('unit-head');
    const own = await t.call(head, { url: `/api/units/${t.ownUnitId}/users` });
    expect(own.json<{ username: string }[]>().map((u) => u.username)).toEqual(['unit-head', 'unit-officer']);
    expect(JSON.stringify(own.json())).not.toContain('password');
    expect((await t.call(head, { url: `/api/units/${t.otherUnitId}/users` })).statusCode).toBe(403);
  });
});
