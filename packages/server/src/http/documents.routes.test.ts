import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { hashPassword } from '../services/accounts/passwords';
import { buildCycleFixture, type CycleFixture } from '../services/documents/documents.service.fixture';
import { cookieOf, TEST_PASSWORD } from '../testing/test-app';
import { buildHttpApp } from './app';
import { importMediaTypes } from './units.routes';

let f: CycleFixture;
let app: FastifyInstance;
const callers: Record<string, { cookie: string; csrf: string }> = {};

beforeAll(async () => {
  f = await buildCycleFixture();
  const built = await buildHttpApp(f.services, {
    database: 'pglite',
    cookieSecure: false,
    trustProxy: false,
    logger: false,
  });
  app = built.app;
  await app.ready();
  const [own] = await f.store.repos.units.findUnitsByCodes([f.communes[0]!]);
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const [username, role, unitId] of [
    ['quan-tri', 'admin', null],
    ['can-bo', 'unit_officer', own!.id],
  ] as const) {
    await f.store.repos.users.insertUser({ username, fullName: username, role, unitId, passwordHash });
    const response = await app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { username, password: TEST_PASSWORD },
    });
    callers[username] = {
      cookie: cookieOf(response),
      csrf: response.json<{ csrfToken: string }>().csrfToken,
    };
  }
}, 180_000);
afterAll(async () => {
  await app?.close();
  await f?.close();
});

const as = (who: string | undefined, headers: Record<string, string> = {}) =>
  who ? { cookie: callers[who]!.cookie, 'x-csrf-token': callers[who]!.csrf, ...headers } : headers;

describe('document routes', () => {
  it('serves open data of published years only, at stable addresses', async () => {
    const csv = await app.inject({ url: '/api/public/results/2022.csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('set,group,rank');
    const json = await app.inject({ url: '/api/public/results/2022.json' });
    expect(json.json<{ year: number; source: string }>()).toMatchObject({ year: 2022, source: 'snapshot' });
    // The fixture's framework is a reconstruction: the export says so and points to PROVENANCE.md.
    expect(json.json<{ provenance: string; provenanceNotice?: string }>()).toMatchObject({
      provenance: 'reconstructed',
      provenanceNotice: expect.stringContaining('/nguon-goc-bo-chi-so') as unknown,
    });
    expect(csv.body.split('\r\n')[0]).toContain(',level_name,provenance');
    const notes = await app.inject({ url: '/api/public/framework-provenance' });
    expect(notes.statusCode).toBe(200);
    expect(notes.json<{ markdown: string }>().markdown).toContain(
      'What is verified, and what is reconstructed',
    );
    expect(
      (await app.inject({ url: '/api/public/results/2023.json', headers: as('quan-tri') })).statusCode,
    ).toBe(404);
    const card = await app.inject({ url: `/api/public/results/2022/units/${f.communes[1]}/scorecard.pdf` });
    expect(card.statusCode).toBe(200);
    expect(card.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('exports any year to the province readers, and a unit only its own scorecard', async () => {
    const xlsx = await app.inject({ url: '/api/periods/2023/export?format=xlsx', headers: as('quan-tri') });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="dti-2023.xlsx"');
    expect(
      (await app.inject({ url: '/api/periods/2023/export?format=csv', headers: as('can-bo') })).statusCode,
    ).toBe(403);
    expect((await app.inject({ url: '/api/periods/2023/export?format=csv' })).statusCode).toBe(401);
    const own = await app.inject({
      url: `/api/periods/2023/units/${f.communes[0]}/scorecard.pdf`,
      headers: as('can-bo'),
    });
    expect(own.statusCode).toBe(200);
    const other = await app.inject({
      url: `/api/periods/2023/units/${f.communes[1]}/scorecard.pdf`,
      headers: as('can-bo'),
    });
    expect(other.statusCode).toBe(403);
  }, 60_000);

  it("takes a unit's filled template back; another unit's template is refused with 422", async () => {
    const code = f.communes[0]!;
    const template = await app.inject({
      url: `/api/periods/2023/units/${code}/template.xlsx`,
      headers: as('can-bo'),
    });
    expect(template.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const ws = workbook.getWorksheet('Nhập liệu')!;
    ws.eachRow((row) => {
      if (row.getCell(2).text === '1.2') row.getCell(6).value = 21;
    });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    f.clock.now = new Date(f.clock.now.getTime() + 60_000);
    const saved = await app.inject({
      method: 'POST',
      url: `/api/periods/2023/units/${code}/template`,
      headers: as('can-bo', { 'content-type': importMediaTypes.xlsx }),
      payload: filled,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<{ saved: string[] }>().saved).toEqual(['1.2']);

    const otherTemplate = await app.inject({
      url: `/api/periods/2023/units/${f.communes[1]}/template.xlsx`,
      headers: as('quan-tri'),
    });
    const refused = await app.inject({
      method: 'POST',
      url: `/api/periods/2023/units/${code}/template`,
      headers: as('can-bo', { 'content-type': importMediaTypes.xlsx }),
      payload: otherTemplate.rawPayload,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json<{ code: string }>().code).toBe('IMPORT_REJECTED');
  }, 60_000);
});

describe('analysis routes', () => {
  it('answers strengths, trend and plan for the own unit, robustness and anomalies for the council', async () => {
    const code = f.communes[0]!;
    for (const url of [
      `/api/periods/2023/units/${code}/strengths`,
      `/api/units/${code}/trend`,
      `/api/periods/2023/units/${code}/plan?targetRank=1`,
    ]) {
      expect((await app.inject({ url, headers: as('can-bo') })).statusCode, url).toBe(200);
    }
    expect(
      (await app.inject({ url: `/api/periods/2023/units/${f.communes[1]}/strengths`, headers: as('can-bo') }))
        .statusCode,
    ).toBe(403);
    const robust = await app.inject({
      url: '/api/periods/2023/robustness?set=XA&runs=0',
      headers: as('quan-tri'),
    });
    expect(robust.statusCode).toBe(200);
    expect(robust.json<{ setId: string }[]>()[0]?.setId).toBe('XA');
    expect(
      (await app.inject({ url: '/api/periods/2023/robustness', headers: as('can-bo') })).statusCode,
    ).toBe(403);
    const flags = await app.inject({ url: '/api/periods/2023/anomalies?set=XA', headers: as('quan-tri') });
    expect(flags.statusCode).toBe(200);
    const bad = await app.inject({
      url: `/api/periods/2023/units/${code}/plan?targetRank=1&targetLevel=DAN_DAT`,
      headers: as('can-bo'),
    });
    expect(bad.statusCode).toBe(400);
  }, 60_000);
});
