// Issue 12, items 1 and 2 over HTTP, on TEST FIXTURES (real 2023 codes, not official events):
// upload → dry run → apply of a reorganisation; then periods on the reorganised registry — a set
// with no unit in force says so; a two-tier framework imported by an administrator; a commune of
// the merger self-assesses, is reviewed, ranked and published in 2026.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, generateDemoValues, type Framework, type UnitValues } from '@dti/core';
import { startTestApp, TEST_PASSWORD, type Caller, type TestApp } from '../testing/test-app';
import { hashPassword } from '../services/accounts/passwords';
import { isValidOn } from '../services/registry/reorganisation-plan';
import { siMaCaiFixtureCsv } from '../services/registry/reorganisation.fixture';
import { importMediaTypes } from './units.routes';

let t: TestApp;
let admin: Caller, officer: Caller;
const TWO_TIER = 'LC-3019-2023-HAI-CAP-THU';

beforeAll(async () => {
  t = await startTestApp();
  await t.services.frameworks.loadBuiltinFrameworks({ kind: 'system', name: 'test' });
  t.clock.now = new Date('2025-06-20T02:00:00Z');
  admin = await t.signIn('admin');
  officer = await t.signIn('unit-officer');
}, 120_000);
afterAll(async () => t?.close());

const post = (caller: Caller, url: string, payload: object = {}) =>
  t.call(caller, { method: 'POST', url, payload });
const upload = (caller: Caller, csv: string, dryRun: boolean) =>
  t.call(caller, {
    method: 'POST',
    url: `/api/units/reorganise?dryRun=${dryRun}&fileName=thu.csv`,
    headers: { 'content-type': importMediaTypes.csv },
    payload: csv,
  });
const codesValidOn = async (day: string, kind: string) =>
  (await t.store.repos.units.listUnits({ kind, validOn: day })).map((u) => u.code).sort();

/** TEST FIXTURE: the rest of the district level abolished on 01/07/2025, its communes under the province. */
async function twoTierFixtureCsv(): Promise<string> {
  const all = await t.store.repos.units.listUnits({ validOn: '2025-06-30' });
  const ended = (u: { validUntil: string | null }) => u.validUntil !== null && u.validUntil < '2025-07-01';
  const rows = ['ngay_hieu_luc;su_kien;ma;ten;loai;ma_cap_tren;ma_tien_than;can_cu;ghi_chu'];
  const line = (event: string, code: string) =>
    rows.push(`01/07/2025;${event};${code};;;;;TỆP KIỂM THỬ - không phải văn bản thật;DỮ LIỆU KIỂM THỬ`);
  for (const u of all.filter((u) => !ended(u))) {
    if (u.kind === 'district' || u.kind === 'district_agency') line('giai_the', u.code);
    if (u.kind === 'commune' && all.find((p) => p.id === u.parentId)?.kind === 'district')
      line('dieu_chuyen', u.code);
  }
  return rows.join('\n');
}

describe('reorganisation over HTTP', () => {
  it('is for administrators only', async () => {
    expect((await upload(officer, siMaCaiFixtureCsv, true)).statusCode).toBe(403);
  });

  it('refuses a bad file whole with {code,message,details}: row, column, REORG_* code', async () => {
    const bad = siMaCaiFixtureCsv.replace('02800;02803;02806', '02800;02803;99998');
    const response = await upload(admin, bad, false);
    expect(response.statusCode).toBe(422);
    const body = response.json<{
      code: string;
      message: string;
      details: { row: number; column: string; code: string }[];
    }>();
    expect(body.code).toBe('IMPORT_REJECTED');
    expect(body.details.map((d) => [d.row, d.column, d.code])).toEqual([
      [2, 'ma_tien_than', 'REORG_UNKNOWN_PREDECESSOR'],
      [3, 'ma', 'REORG_ORPHAN_CHILD'],
    ]);
    expect(await codesValidOn('2025-07-01', 'district')).toContain('084');
  });

  it('dry run, then apply: the merger, the abolition and the transfers in one step', async () => {
    const dry = await upload(admin, siMaCaiFixtureCsv, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ dryRun: true, applied: false, counts: { ended: { district: 1 } } });
    expect(await codesValidOn('2025-07-01', 'district')).toContain('084');
    const applied = await upload(admin, siMaCaiFixtureCsv, false);
    expect(applied.json()).toMatchObject({ applied: true, effectiveDate: '2025-07-01' });
    expect(await codesValidOn('2025-07-01', 'district')).not.toContain('084');
    const rest = await upload(admin, await twoTierFixtureCsv(), false);
    expect(rest.statusCode, rest.body).toBe(200);
    expect(await codesValidOn('2025-07-01', 'district')).toEqual([]);
    expect(await codesValidOn('2025-07-01', 'district_agency')).toEqual([]);
  });
});

describe('periods on the reorganised registry', () => {
  it('a 2025 period on LC-3019-2023: the district sets have no units and say so', async () => {
    expect((await post(admin, '/api/periods', { year: 2025, frameworkId: 'LC-3019-2023' })).statusCode).toBe(
      201,
    );
    const completeness = (await t.call(admin, { url: '/api/periods/2025/completeness' })).json<
      { setId: string; units: { code: string }[]; noUnits?: { code: string; message: string } }[]
    >();
    const bySet = new Map(completeness.map((s) => [s.setId, s]));
    for (const id of ['HUYEN', 'CQ_HUYEN']) {
      expect(bySet.get(id)?.units).toEqual([]);
      expect(bySet.get(id)?.noUnits).toMatchObject({ code: 'NO_UNITS_IN_FORCE' });
      expect(bySet.get(id)?.noUnits?.message).toContain('31/12/2025');
    }
    expect(bySet.get('XA')?.noUnits).toBeUndefined();
    expect(
      bySet
        .get('XA')
        ?.units.map((u) => u.code)
        .sort(),
    ).toEqual(await codesValidOn('2025-12-31', 'commune'));
    const results = (await t.call(admin, { url: '/api/periods/2025/results?set=HUYEN' })).json<
      { units: unknown[]; noUnits?: { code: string } }[]
    >();
    expect(results).toMatchObject([{ units: [], noUnits: { code: 'NO_UNITS_IN_FORCE' } }]);
  });

  it('an administrator imports a two-tier framework: LC-3019-2023 without HUYEN and CQ_HUYEN', async () => {
    const exported = (await t.services.frameworks.getFramework('LC-3019-2023')).content as Framework;
    const edited = {
      ...exported,
      id: TWO_TIER,
      title: `${exported.title} (mô hình hai cấp — bản THỬ NGHIỆM)`,
      sets: exported.sets.filter((s) => s.unitKind !== 'district' && s.unitKind !== 'district_agency'),
    };
    const response = await post(admin, '/api/frameworks', edited);
    expect(response.statusCode, response.body).toBe(201);
  });

  it('2026 on the two-tier framework: exactly the units valid on 31/12/2026; Nàn Sán runs the whole cycle', async () => {
    t.clock.now = new Date('2026-03-01T02:00:00Z');
    admin = await t.signIn('admin');
    expect((await post(admin, '/api/periods', { year: 2026, frameworkId: TWO_TIER })).statusCode).toBe(201);
    expect((await post(admin, '/api/periods/2026/state', { state: 'open' })).statusCode).toBe(200);
    const completeness = (await t.call(admin, { url: '/api/periods/2026/completeness' })).json<
      { setId: string; units: { code: string }[] }[]
    >();
    expect(completeness.map((s) => s.setId)).toEqual(['TINH_CO_TTHC', 'TINH_KHONG_TTHC', 'XA']);
    const inPeriod = completeness.flatMap((s) => s.units.map((u) => u.code)).sort();
    const registry = await t.store.repos.units.listUnits();
    const kinds = new Set(['province_agency_tthc', 'province_agency', 'commune']);
    expect(inPeriod).toEqual(
      registry
        .filter((u) => kinds.has(u.kind) && isValidOn(u, '2026-12-31'))
        .map((u) => u.code)
        .sort(),
    );
    expect(inPeriod).toContain('02800');
    expect(inPeriod).not.toContain('02803');
    expect(inPeriod).not.toContain('02806');

    // An ended commune cannot be assessed in 2026.
    const ended = await t.call(admin, { url: '/api/periods/2026/units/02803/assessment' });
    expect(ended.statusCode).toBe(422);

    // Nàn Sán (02800, the merger's result) self-assesses and submits.
    const [nanSan] = await t.store.repos.units.findUnitsByCodes(['02800']);
    const passwordHash = await hashPassword(TEST_PASSWORD);
    for (const [username, role] of [
      ['can-bo-nan-san', 'unit_officer'],
      ['truong-nan-san', 'unit_head'],
    ] as const) {
      await t.store.repos.users.insertUser({
        username,
        fullName: username,
        role,
        unitId: nanSan?.id ?? null,
        passwordHash,
      });
    }
    const nanOfficer = await t.signIn('can-bo-nan-san');
    const nanHead = await t.signIn('truong-nan-san');
    const framework = (await t.services.frameworks.getFramework(TWO_TIER)).content as Framework;
    const xa = framework.sets.find((s) => s.id === 'XA');
    if (!xa) throw new Error('no XA');
    const values: UnitValues = generateDemoValues(xa, createSeededRandom(7), { strength: 0.9 });
    const base = '/api/periods/2026/units/02800';
    for (const [code, v] of Object.entries(values)) {
      const saved = await t.call(nanOfficer, {
        method: 'PUT',
        url: `${base}/items/${code}`,
        payload: { values: v, baseVersion: 0 },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    expect((await post(nanHead, `${base}/submit`)).statusCode).toBe(200);

    // Reviewed by the council, ranked, approved, published.
    t.clock.now = new Date('2027-01-10T02:00:00Z');
    admin = await t.signIn('admin');
    await post(admin, '/api/periods/2026/state', { state: 'closed' });
    await post(admin, '/api/periods/2026/state', { state: 'under_review' });
    const memberId = t.userIds.council_member;
    expect(
      (await post(admin, '/api/periods/2026/review/assignments', { memberId, unitCode: '02800' })).statusCode,
    ).toBe(201);
    const council = await t.signIn('council-member');
    const first = Object.keys(values)[0] ?? '';
    expect((await post(council, `${base}/items/${first}/review`, { action: 'accept' })).statusCode).toBe(200);
    expect((await post(admin, '/api/periods/2026/finalize')).json<{ state: string }>().state).toBe('ranked');
    expect(
      (
        await post(admin, '/api/periods/2026/approve', {
          decisionNumber: 'THỬ-01/QĐ',
          decisionDate: '2027-02-01',
        })
      ).statusCode,
    ).toBe(200);
    expect((await post(admin, '/api/periods/2026/publish')).statusCode).toBe(200);
    const published = (await t.call(undefined, { url: '/api/public/results/2026?set=XA' })).json<
      { units: { code: string; rank: number; group?: string }[] }[]
    >();
    const row = published[0]?.units.find((u) => u.code === '02800');
    expect(row?.rank).toBe(1);
    expect(published[0]?.units.map((u) => u.code).sort()).toEqual(
      await codesValidOn('2026-12-31', 'commune'),
    );
    const csv = await t.call(undefined, { url: '/api/public/results/2026?set=XA&format=csv' });
    expect(csv.body).toContain('02800');
    const years = (await t.call(undefined, { url: '/api/public/results' })).json<
      { year: number; sets: string[] }[]
    >();
    expect(years.find((y) => y.year === 2026)?.sets).toEqual(['TINH_CO_TTHC', 'TINH_KHONG_TTHC', 'XA']);
  });
});
