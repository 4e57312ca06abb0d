// The "done when" scenario of the assessment cycle, over HTTP: open a period, enter values and
// evidence, submit, review (adjust, request evidence, answer), finalise, approve, publish; deadlines
// in Vietnam time; version conflicts between two officers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, generateDemoValues, scoreSet, type Framework, type UnitValues } from '@dti/core';
import { startTestApp, TEST_PASSWORD, type Caller, type TestApp } from '../testing/test-app';
import { multipartBody } from '../testing/multipart';
import { hashPassword } from '../services/accounts/passwords';
import { minimalPdf } from '../services/cycle/evidence-type';

let t: TestApp;
let admin: Caller, officer: Caller, head: Caller, council: Caller, dept: Caller;
let framework: Framework;
let values: UnitValues;
const base = '/api/periods/2023/units/02713';

beforeAll(async () => {
  t = await startTestApp();
  await t.services.frameworks.loadBuiltinFrameworks({ kind: 'system', name: 'test' });
  framework = (await t.services.frameworks.getFramework('LC-3019-2023')).content as Framework;
  const [sng] = await t.store.repos.units.findUnitsByCodes(['10.SNV']);
  await t.store.repos.users.insertUser({
    username: 'can-bo-snv',
    fullName: 'Cán bộ Sở Nội vụ',
    role: 'unit_officer',
    unitId: sng?.id ?? null,
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  admin = await t.signIn('admin');
  officer = await t.signIn('unit-officer');
  head = await t.signIn('unit-head');
  council = await t.signIn('council-member');
  dept = await t.signIn('can-bo-snv');
  const xa = framework.sets.find((s) => s.id === 'XA');
  if (!xa) throw new Error('no XA');
  values = generateDemoValues(xa, createSeededRandom(42), { strength: 0.6 });
  t.clock.now = new Date('2023-03-01T02:00:00Z');
}, 120_000);
afterAll(async () => t?.close());

const put = (caller: Caller, url: string, payload: object) => t.call(caller, { method: 'PUT', url, payload });
const post = (caller: Caller, url: string, payload: object = {}) =>
  t.call(caller, { method: 'POST', url, payload });

describe('assessment cycle', () => {
  it('creates a period with the decision deadlines in Vietnam time and opens it', async () => {
    const created = await post(admin, '/api/periods', { year: 2023, frameworkId: 'LC-3019-2023' });
    expect(created.statusCode).toBe(201);
    const deadlines = created.json<{
      deadlines: { setId: string; deadline: string; deadlineVietnam: string }[];
    }>().deadlines;
    expect(deadlines.find((d) => d.setId === 'XA')).toMatchObject({
      deadline: '2023-12-14T17:00:00.000Z',
      deadlineVietnam: '15/12/2023 00:00',
    });
    expect(deadlines.find((d) => d.setId === 'TINH_CO_TTHC')?.deadline).toBe('2023-12-24T17:00:00.000Z');
    expect((await post(admin, '/api/periods/2023/state', { state: 'closed' })).statusCode).toBe(409);
    expect((await post(admin, '/api/periods/2023/state', { state: 'open' })).statusCode).toBe(200);
  });

  it('saves every value with points and an estimate, refusing bad values and other units', async () => {
    for (const [code, v] of Object.entries(values)) {
      const saved = await put(officer, `${base}/items/${code}`, { values: v, baseVersion: 0 });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    const first = Object.keys(values)[0] ?? '';
    const again = await put(officer, `${base}/items/${first}`, { values: values[first], baseVersion: 1 });
    const body = again.json<{
      item: { version: number; points: number };
      estimate: { total: number; level: string };
    }>();
    expect(body.item.version).toBe(2);
    expect(body.estimate.total).toBeGreaterThan(0);
    const expected = scoreSet(framework, 'XA', [{ code: '02713', name: 'x', values }]).units[0];
    expect(body.estimate.total).toBe(expected?.total);
    const bad = await put(officer, `${base}/items/1.1`, { values: { head: 'khong-co' }, baseVersion: 0 });
    expect(bad.statusCode).toBe(422);
    const other = await put(officer, '/api/periods/2023/units/02719/items/1.1', {
      values: {},
      baseVersion: 0,
    });
    expect(other.statusCode).toBe(403);
  });

  it('shows two officers editing the same item a conflict, never a silent overwrite', async () => {
    const a = await put(officer, `${base}/items/1.2`, { values: values['1.2'], baseVersion: 1 });
    expect(a.statusCode).toBe(200);
    const b = await put(head, `${base}/items/1.2`, { values: values['1.2'], baseVersion: 1 });
    expect(b.statusCode).toBe(409);
    const error = b.json<{ code: string; details: { current: { version: number; updatedBy: string } }[] }>();
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.details[0]?.current).toMatchObject({ version: 2, updatedBy: 'unit-officer' });
    const fresh = await put(head, `${base}/items/1.2`, { values: values['1.2'], baseVersion: 0 });
    expect(fresh.statusCode).toBe(409);
  });

  it('stores evidence once by content, flags dates outside the window, checks the type from the content', async () => {
    const pdf = minimalPdf('Ke hoach 15/KH-UBND');
    const citation = {
      documentNumber: '15/KH-UBND',
      documentDate: '2023-02-10',
      issuer: 'UBND xã',
      summary: 'Kế hoạch CĐS',
    };
    const one = await t.call(officer, {
      method: 'POST',
      url: `${base}/items/1.1/evidence`,
      ...multipartBody(citation, { name: 'kế hoạch.pdf', content: pdf }),
    });
    expect(one.statusCode, one.body).toBe(201);
    const two = await t.call(officer, {
      method: 'POST',
      url: `${base}/items/1.3/evidence`,
      ...multipartBody({ ...citation, documentDate: '2022-05-01' }, { name: 'kh.pdf', content: pdf }),
    });
    const [e1, e2] = [
      one.json<{ id: number; fileHash: string; outsideWindow: boolean }>(),
      two.json<{ fileHash: string; outsideWindow: boolean }>(),
    ];
    expect(e1.outsideWindow).toBe(false);
    expect(e2.outsideWindow).toBe(true);
    expect(e2.fileHash).toBe(e1.fileHash);
    expect(await t.store.repos.evidence.findFileMeta(e1.fileHash)).toMatchObject({
      mediaType: 'application/pdf',
    });
    const fake = await t.call(officer, {
      method: 'POST',
      url: `${base}/items/1.1/evidence`,
      ...multipartBody(citation, { name: 'a.pdf', content: Buffer.from('not really a pdf file') }),
    });
    expect(fake.statusCode).toBe(415);
    const download = await t.call(council, { method: 'GET', url: `/api/evidence/${e1.id}` });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(String(download.headers['content-disposition'])).toContain("filename*=UTF-8''k%E1%BA%BF");
    expect(download.rawPayload.equals(pdf)).toBe(true);
  });

  it('refuses a commune one minute after its deadline (Vietnam time) while a department still writes', async () => {
    expect((await post(head, `${base}/submit`)).json<{ late: boolean }>().late).toBe(false);
    t.clock.now = new Date('2023-12-14T17:01:00Z');
    const late = await put(officer, `${base}/items/1.1`, { values: values['1.1'], baseVersion: 1 });
    expect(late.statusCode).toBe(409);
    expect(late.json<{ code: string; message: string }>()).toMatchObject({ code: 'DEADLINE_PASSED' });
    expect(late.json<{ message: string }>().message).toContain('15/12/2023 00:00 giờ Việt Nam');
    const deptSave = await put(dept, '/api/periods/2023/units/10.SNV/items/1.1', {
      values: { head: 'cap_pho' },
      baseVersion: 0,
    });
    expect(deptSave.statusCode, deptSave.body).toBe(200);
    t.clock.now = new Date('2023-12-24T17:00:00Z');
    expect(
      (
        await put(dept, '/api/periods/2023/units/10.SNV/items/1.1', {
          values: { head: 'khong' },
          baseVersion: 1,
        })
      ).statusCode,
    ).toBe(409);
  });

  it('reviews: own agency refused, adjust with reason, request and answer, progress', async () => {
    t.clock.now = new Date('2024-01-10T02:00:00Z');
    await post(admin, '/api/periods/2023/state', { state: 'closed' });
    await post(admin, '/api/periods/2023/state', { state: 'under_review' });
    const memberId = t.userIds.council_member;
    expect(
      (await post(admin, '/api/periods/2023/review/assignments', { memberId, unitCode: '10.STTTT' })).json<{
        code: string;
      }>().code,
    ).toBe('COUNCIL_OWN_UNIT');
    expect(
      (await post(admin, '/api/periods/2023/review/assignments', { memberId, unitCode: '02713' })).statusCode,
    ).toBe(201);
    const adjust = await post(council, `${base}/items/1.1/review`, {
      action: 'adjust',
      points: 7.5,
      reason: 'Quyết định do cấp phó ký',
    });
    expect(adjust.json<{ finalPoints: number }>().finalPoints).toBe(7.5);
    expect((await post(council, `${base}/items/2.1/review`, { action: 'accept' })).statusCode).toBe(200);
    const request = await post(council, `${base}/items/1.2/review`, {
      action: 'request',
      message: 'Bổ sung biên bản họp',
    });
    expect(request.json<{ review: { answerUntil: string } }>().review.answerUntil).toBe(
      '2024-01-15T02:00:00.000Z',
    );
    const notes = await t.call(officer, { method: 'GET', url: '/api/notifications' });
    expect(notes.json<{ kind: string }[]>().map((n) => n.kind)).toContain('council_request');
    expect(
      (await put(officer, `${base}/items/1.3`, { values: values['1.3'], baseVersion: 1 })).statusCode,
    ).toBe(409);
    const changed = await put(officer, `${base}/items/1.2`, { values: values['1.2'], baseVersion: 2 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(
      (await post(officer, `${base}/items/1.2/answer`, { note: 'Đã bổ sung' })).json<{
        review: { status: string };
      }>().review.status,
    ).toBe('answered');
    await post(council, `${base}/items/1.2/review`, { action: 'accept' });
    const progress = await t.call(admin, { method: 'GET', url: '/api/periods/2023/review/progress' });
    expect(progress.json<{ assigned: number; done: number }[]>()[0]).toMatchObject({ assigned: 85, done: 3 });
  });

  it('finalises, approves and publishes a snapshot that matches scoring the final values', async () => {
    expect((await t.call(undefined, { method: 'GET', url: '/api/public/results/2023' })).statusCode).toBe(
      404,
    );
    expect((await post(admin, '/api/periods/2023/finalize')).json<{ state: string }>().state).toBe('ranked');
    expect(
      (
        await post(admin, '/api/periods/2023/approve', {
          decisionNumber: '684/QĐ-UBND',
          decisionDate: '2024-04-03',
        })
      ).statusCode,
    ).toBe(200);
    expect((await post(admin, '/api/periods/2023/publish')).statusCode).toBe(200);
    const list = await t.call(undefined, { method: 'GET', url: '/api/public/results' });
    expect(list.json<{ year: number; decisionNumber: string }[]>()).toMatchObject([
      { year: 2023, decisionNumber: '684/QĐ-UBND' },
    ]);
    const published = await t.call(undefined, { method: 'GET', url: '/api/public/results/2023?set=XA' });
    const [xa] = published.json<
      {
        units: {
          code: string;
          total: number;
          rank: number;
          groupRank: number;
          subIndices: Record<string, { points: number }>;
        }[];
      }[]
    >();
    const unit = xa?.units.find((u) => u.code === '02713');
    expect(unit?.rank).toBe(1);
    expect(unit?.groupRank).toBe(1);
    expect(unit?.subIndices['1.1']?.points).toBe(7.5);
    // Independently: core's scoreSet over every commune, 1.1 entered as the council decided.
    const all = await t.store.repos.units.listUnits({ kind: 'commune' });
    const byId = new Map((await t.store.repos.units.listUnits()).map((u) => [u.id, u.code]));
    const inputs = all
      .filter((u) => u.validFrom <= '2023-12-31' && (u.validUntil === null || u.validUntil >= '2023-01-01'))
      .map((u) => ({
        code: u.code,
        name: u.name,
        group: byId.get(u.parentId ?? 0) ?? '',
        values: u.code === '02713' ? { ...values, '1.1': { head: 'pho' } } : {},
      }));
    const expected = scoreSet(framework, 'XA', inputs);
    expect(xa?.units.map((u) => [u.code, u.total, u.rank])).toEqual(
      expected.units.map((u) => [u.code, u.total, u.rank]),
    );
    const csv = await t.call(undefined, { method: 'GET', url: '/api/public/results/2023?set=XA&format=csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('02713');
    // the portal's first view: the ranking alone, the same codes, totals and ranks, no detail
    const lean = await t.call(undefined, { method: 'GET', url: '/api/public/results/2023/ranking?set=XA' });
    expect(lean.statusCode).toBe(200);
    const ranking = lean.json<{
      set: string;
      sets: { id: string; name: string }[];
      units: Record<string, unknown>[];
    }>();
    expect(ranking.set).toBe('XA');
    expect(ranking.sets.map((s) => s.id)).toContain('XA');
    expect(ranking.sets.find((s) => s.id === 'XA')?.name).toBe(
      framework.sets.find((s) => s.id === 'XA')?.name,
    );
    expect(ranking.units.map((u) => [u.code, u.total, u.rank])).toEqual(
      xa?.units.map((u) => [u.code, u.total, u.rank]),
    );
    expect(ranking.units.every((u) => !('subIndices' in u) && !('indices' in u))).toBe(true);
    expect(lean.rawPayload.length).toBeLessThan(published.rawPayload.length / 3);
    const first = await t.call(undefined, { method: 'GET', url: '/api/public/results/2023/ranking' });
    expect(first.json<{ set: string }>().set).toBe(ranking.sets[0]?.id);
    const unknown = await t.call(undefined, {
      method: 'GET',
      url: '/api/public/results/2023/ranking?set=NOPE',
    });
    expect(unknown.statusCode).toBe(404);
  });
});
