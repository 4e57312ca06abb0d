// The objection window over HTTP, on PGlite and PostgreSQL: the administrator opens it once the
// results are frozen (default 5 working days, Vietnam time); each unit sees its adjusted items and
// objects with a reason and evidence, never touching another unit's; approval is refused while an
// objection waits or the window runs; the council upholds one (points changed, snapshot re-ranked,
// audited) and rejects one; units and council are notified.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, generateDemoValues, type Framework } from '@dti/core';
import { startTestApp, TEST_PASSWORD, type Caller, type TestApp } from '../testing/test-app';
import { multipartBody } from '../testing/multipart';
import { hashPassword } from '../services/accounts/passwords';
import { minimalPdf } from '../services/cycle/evidence-type';
import { readZipEntry, wordTableRows } from '../reports/document-tools.fixture';

let t: TestApp;
let admin: Caller, officer: Caller, council: Caller, otherOfficer: Caller;
const year = 2023;
const own = '02713';
const other = '02719';
const unitUrl = (code: string) => `/api/periods/${year}/units/${code}`;

beforeAll(async () => {
  t = await startTestApp({ anyDatabase: true });
  await t.services.frameworks.loadBuiltinFrameworks({ kind: 'system', name: 'test' });
  const framework = (await t.services.frameworks.getFramework('LC-3019-2023')).content as Framework;
  await t.store.repos.users.insertUser({
    username: 'can-bo-xa-khac',
    fullName: 'Cán bộ xã khác',
    role: 'unit_officer',
    unitId: t.otherUnitId,
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  admin = await t.signIn('admin');
  officer = await t.signIn('unit-officer');
  council = await t.signIn('council-member');
  otherOfficer = await t.signIn('can-bo-xa-khac');
  const xa = framework.sets.find((s) => s.id === 'XA')!;
  t.clock.now = new Date('2023-11-01T02:00:00Z');
  expect((await post(admin, '/api/periods', { year, frameworkId: 'LC-3019-2023' })).statusCode).toBe(201);
  expect((await post(admin, `/api/periods/${year}/state`, { state: 'open' })).statusCode).toBe(200);
  for (const [caller, code, seed] of [
    [officer, own, 1],
    [otherOfficer, other, 2],
  ] as const) {
    const values = generateDemoValues(xa, createSeededRandom(seed), { strength: 0.9 });
    for (const sub of ['1.1', '1.2', '1.6']) {
      const saved = await put(caller, `${unitUrl(code)}/items/${sub}`, {
        values: values[sub],
        baseVersion: 0,
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
  }
  await post(admin, `/api/periods/${year}/state`, { state: 'closed' });
  await post(admin, `/api/periods/${year}/state`, { state: 'under_review' });
  const memberId = council.userId;
  for (const code of [own, other]) {
    expect(
      (await post(admin, `/api/periods/${year}/review/assignments`, { memberId, unitCode: code })).statusCode,
    ).toBe(201);
  }
  for (const [code, sub] of [
    [own, '1.1'],
    [own, '1.2'],
    [other, '1.1'],
    [other, '1.2'],
  ] as const) {
    const adjusted = await post(council, `${unitUrl(code)}/items/${sub}/review`, {
      action: 'adjust',
      points: 0,
      reason: `Minh chứng chỉ số ${sub} chưa đủ`,
    });
    expect(adjusted.statusCode, adjusted.body).toBe(200);
  }
  await post(council, `${unitUrl(own)}/items/1.6/review`, { action: 'accept' });
  t.clock.now = new Date('2024-01-10T02:00:00Z'); // Wednesday 10/01/2024, 09:00 in Vietnam
}, 180_000);
afterAll(async () => t?.close());

const put = (caller: Caller, url: string, payload: object) => t.call(caller, { method: 'PUT', url, payload });
const post = (caller: Caller, url: string, payload: object = {}) =>
  t.call(caller, { method: 'POST', url, payload });
const get = (caller: Caller, url: string) => t.call(caller, { method: 'GET', url });

interface Obj {
  id: number;
  subCode: string;
  status: string;
  pointsAfter: number | null;
  answer: string | null;
  evidenceIds: number[];
  unitCode: string;
}
const ids: Record<string, number> = {};

async function totalOf(code: string): Promise<number> {
  const sets = (await get(admin, `/api/periods/${year}/results?set=XA`)).json<
    { units: { code: string; total: number }[] }[]
  >();
  return sets[0]!.units.find((u) => u.code === code)!.total;
}
const ownTotal = () => totalOf(own);

describe('objection window', () => {
  it('opens only once the results are frozen, for 5 working days in Vietnam time by default', async () => {
    const early = await put(admin, `/api/periods/${year}/objection-window`, {});
    expect(early.statusCode).toBe(409);
    expect(early.json<{ code: string }>().code).toBe('PERIOD_STATE');
    expect((await post(admin, `/api/periods/${year}/finalize`)).statusCode).toBe(200);
    const lodgedEarly = await post(officer, `${unitUrl(own)}/items/1.1/objection`, { reason: 'Chưa mở' });
    expect(lodgedEarly.json<{ code: string }>().code).toBe('PERIOD_STATE');
    expect((await put(officer, `/api/periods/${year}/objection-window`, {})).statusCode).toBe(403);
    const opened = await put(admin, `/api/periods/${year}/objection-window`, {});
    expect(opened.statusCode, opened.body).toBe(200);
    // Wed 10/01 → Thu 11, Fri 12, Mon 15, Tue 16, Wed 17 → 00:00 on 18/01 in Vietnam.
    expect(opened.json()).toMatchObject({ until: '2024-01-17T17:00:00.000Z', open: true, pending: 0 });
    const told = await t.store.repos.notifications.listForUser(officer.userId, 50);
    expect(told.some((n) => n.kind === 'objection_window')).toBe(true);
  });

  it("shows a unit its adjusted items with the council's reasons, never another unit's", async () => {
    const mine = await get(officer, `${unitUrl(own)}/objections`);
    expect(mine.statusCode).toBe(200);
    const body = mine.json<{ items: { subCode: string; councilReason: string; objection: null }[] }>();
    expect(body.items.map((i) => i.subCode)).toEqual(['1.1', '1.2']);
    expect(body.items[0]?.councilReason).toBe('Minh chứng chỉ số 1.1 chưa đủ');
    expect((await get(officer, `${unitUrl(other)}/objections`)).statusCode).toBe(403);
    expect((await get(officer, `/api/periods/${year}/objections`)).statusCode).toBe(403);
    expect(
      (await post(officer, `${unitUrl(other)}/items/1.2/objection`, { reason: 'Không phải của mình' }))
        .statusCode,
    ).toBe(403);
  });

  it('takes objections with a reason and evidence of the item, once per adjusted item', async () => {
    const evidence = await t.call(officer, {
      method: 'POST',
      url: `${unitUrl(own)}/items/1.1/evidence`,
      ...multipartBody(
        { documentNumber: '20/KH-UBND', documentDate: '2023-03-10', issuer: 'UBND xã', summary: 'Kế hoạch' },
        { name: 'ke-hoach.pdf', content: minimalPdf('Ke hoach 20/KH-UBND') },
      ),
    });
    expect(evidence.statusCode, evidence.body).toBe(201);
    const evidenceId = evidence.json<{ id: number }>().id;
    const foreign = await post(officer, `${unitUrl(own)}/items/1.2/objection`, {
      reason: 'Có kế hoạch',
      evidenceIds: [evidenceId],
    });
    expect(foreign.json<{ code: string }>().code).toBe('INVALID_INPUT');
    const notAdjusted = await post(officer, `${unitUrl(own)}/items/1.6/objection`, { reason: 'Không rõ' });
    expect(notAdjusted.json<{ code: string }>().code).toBe('INVALID_INPUT');
    const first = await post(officer, `${unitUrl(own)}/items/1.1/objection`, {
      reason: 'Xã đã ban hành kế hoạch số 20/KH-UBND',
      evidenceIds: [evidenceId],
    });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json<Obj>()).toMatchObject({ subCode: '1.1', status: 'pending', evidenceIds: [evidenceId] });
    ids.own11 = first.json<Obj>().id;
    const second = await post(officer, `${unitUrl(own)}/items/1.2/objection`, {
      reason: 'Đã họp đủ số buổi',
    });
    expect(second.statusCode).toBe(201);
    ids.own12 = second.json<Obj>().id;
    const again = await post(officer, `${unitUrl(own)}/items/1.2/objection`, { reason: 'Lần nữa' });
    expect(again.statusCode).toBe(409);
    const theirs = await post(otherOfficer, `${unitUrl(other)}/items/1.2/objection`, {
      reason: 'Xã khác phản đối',
    });
    expect(theirs.statusCode).toBe(201);
    ids.other12 = theirs.json<Obj>().id;
    const theirs11 = await post(otherOfficer, `${unitUrl(other)}/items/1.1/objection`, {
      reason: 'Có quyết định',
    });
    expect(theirs11.statusCode).toBe(201);
    ids.other11 = theirs11.json<Obj>().id;
    const seen = (await get(otherOfficer, `${unitUrl(other)}/objections`)).json<{
      items: { objection: Obj | null }[];
    }>();
    expect(seen.items.map((i) => i.objection?.unitCode)).toEqual([other, other]);
    const councilTold = await t.store.repos.notifications.listForUser(council.userId, 50);
    expect(councilTold.filter((n) => n.kind === 'objection')).toHaveLength(4);
  });

  it('refuses approval while objections wait; an upheld one changes the points and re-ranks', async () => {
    const approval = { decisionNumber: '684/QĐ-UBND', decisionDate: '2024-04-03' };
    const refused = await post(admin, `/api/periods/${year}/approve`, approval);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<{ code: string; message: string }>()).toMatchObject({ code: 'OBJECTIONS_OPEN' });
    expect(refused.json<{ message: string }>().message).toContain('4 khiếu nại');
    const before = await ownTotal();
    const upheld = await post(council, `/api/periods/${year}/objections/${ids.own11}/answer`, {
      decision: 'upheld',
      points: 2,
      reason: 'Kế hoạch 20/KH-UBND hợp lệ',
    });
    expect(upheld.statusCode, upheld.body).toBe(200);
    expect(upheld.json<Obj>()).toMatchObject({ status: 'upheld', pointsAfter: 2 });
    expect(await ownTotal()).toBeCloseTo(before + 2, 6);
    const twice = await post(council, `/api/periods/${year}/objections/${ids.own11}/answer`, {
      decision: 'rejected',
      reason: 'Đổi ý',
    });
    expect(twice.statusCode).toBe(409);
    const audit = await t.store.repos.audit.listAudit({ limit: 20 });
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['objection:upheld', 'review:objection-upheld', 'rerank']),
    );
    expect(
      (await post(admin, `/api/periods/${year}/approve`, approval)).json<{ message: string }>().message,
    ).toContain('3 khiếu nại');
    // Two upheld answers at once for the other unit: the period's lock makes the second re-ranking
    // read the first one's points, so the snapshot holds both.
    const otherBefore = await totalOf(other);
    const both = await Promise.all(
      [ids.other11, ids.other12].map((id) =>
        post(council, `/api/periods/${year}/objections/${id}/answer`, {
          decision: 'upheld',
          points: 1,
          reason: 'Minh chứng hợp lệ',
        }),
      ),
    );
    expect(both.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(await totalOf(other)).toBeCloseTo(otherBefore + 2, 6);
    for (const id of [ids.own12]) {
      const rejected = await post(council, `/api/periods/${year}/objections/${id}/answer`, {
        decision: 'rejected',
        reason: 'Biên bản họp không ghi nội dung chuyển đổi số',
      });
      expect(rejected.statusCode).toBe(200);
    }
    expect(await ownTotal()).toBeCloseTo(before + 2, 6);
    const list = (await get(council, `/api/periods/${year}/objections`)).json<Obj[]>();
    expect(list.map((o) => o.status).sort()).toEqual(['rejected', 'upheld', 'upheld', 'upheld']);
    const unitTold = await t.store.repos.notifications.listForUser(officer.userId, 50);
    expect(unitTold.filter((n) => n.kind === 'objection_answer')).toHaveLength(2);
    const otherTold = await t.store.repos.notifications.listForUser(otherOfficer.userId, 50);
    expect(otherTold.filter((n) => n.kind === 'objection_answer')).toHaveLength(2);
    // points in the notice the Vietnamese way, two decimals
    expect(otherTold.filter((n) => n.kind === 'objection_answer').map((n) => n.title)).toEqual([
      expect.stringContaining(': 1,00 điểm'),
      expect.stringContaining(': 1,00 điểm'),
    ]);
    // Every objection answered, but the window still runs: closing it early lets approval through.
    const waiting = await post(admin, `/api/periods/${year}/approve`, approval);
    expect(waiting.json<{ message: string }>().message).toContain('Thời hạn khiếu nại');
    expect((await post(admin, `/api/periods/${year}/objection-window/close`)).json()).toMatchObject({
      open: false,
    });
    const late = await post(officer, `${unitUrl(own)}/items/1.6/objection`, { reason: 'Muộn' });
    expect(late.json<{ code: string }>().code).toBe('DEADLINE_PASSED');
    expect((await post(admin, `/api/periods/${year}/approve`, approval)).statusCode).toBe(200);
  });

  it('lists the objections and their outcomes in the decision annex', async () => {
    const docx = await t.call(admin, { method: 'GET', url: `/api/periods/${year}/export?format=docx` });
    expect(docx.statusCode).toBe(200);
    const rows = wordTableRows(await readZipEntry(docx.rawPayload, 'word/document.xml'));
    const objectionRows = rows.filter(
      (r) => r.length === 6 && /^\d+$/.test(r[0] ?? '') && r[2]?.startsWith('1.'),
    );
    expect(objectionRows.map((r) => [r[2]?.slice(0, 4), r[4]])).toEqual([
      ['1.1.', 'Chấp nhận (2,00 điểm)'],
      ['1.2.', 'Không chấp nhận'],
      ['1.2.', 'Chấp nhận (1,00 điểm)'],
      ['1.1.', 'Chấp nhận (1,00 điểm)'],
    ]);
    expect(objectionRows[0]?.[3]).toBe('Xã đã ban hành kế hoạch số 20/KH-UBND');
  });
});
