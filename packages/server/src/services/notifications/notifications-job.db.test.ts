// The notification job against a real SMTP server (smtp-server on a free port) and a real database:
// reminders and escalations in Vietnamese to the right people, nothing twice, a send that fails
// while the server is down goes out on a later run; council answers and publication notices.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '@dti/core';
import type { Database } from '../../db/client';
import { createStore, type Store } from '../../db/store';
import type { UserRow } from '../../db/users.repository';
import { openTestDatabase } from '../../testing/test-database';
import { testSessionSettings } from '../../testing/test-app';
import type { Actor } from '../shared/actor';
import { seedUnitsIfEmpty, startupActor } from '../system/bootstrap.service';
import { createMailer, type MailMessage, type Mailer } from './mailer';
import { deliverPending } from './notifications-delivery';
import { startTestSmtpServer, type TestSmtpServer } from './mailer.fixture';
import { createServices, type Services } from '../services';

const system: Actor = startupActor;
const clock = { now: new Date('2025-11-01T08:00:00+07:00') };
let database: Database;
let store: Store;
let services: Services;
let smtp: TestSmtpServer;
const users: Record<string, UserRow> = {};
const unitIds: Record<string, number> = {};
let subCode = '';

async function addUser(username: string, role: string, unitCode: string | null, email: string | null) {
  users[username] = await store.repos.users.insertUser({
    username,
    fullName: `Người dùng ${username}`,
    role,
    unitId: unitCode === null ? null : (unitIds[unitCode] ?? null),
    email,
    passwordHash: 'x',
  });
}

const subjects = () => smtp.received.map((m) => m.subject);
const recipients = () => smtp.received.flatMap((m) => m.to).sort();

beforeAll(async () => {
  database = await openTestDatabase();
  store = createStore(database.db);
  await seedUnitsIfEmpty(store, { reorganisationsDir: null });
  smtp = await startTestSmtpServer();
  services = createServices(store, testSessionSettings, () => clock.now, {
    evidenceMaxBytes: 1024 * 1024,
    demo: false,
    notify: {
      mailer: createMailer({ url: smtp.url, from: 'DTI Lào Cai <dti@example.vn>' }),
      reminderDays: [7, 3, 1],
      publicUrl: 'https://dti.example.vn',
    },
  });
  await services.frameworks.loadBuiltinFrameworks(system);
  for (const unit of await store.repos.units.findUnitsByCodes(['02710', '02713', '02719', '10.STTTT']))
    unitIds[unit.code] = unit.id;
  await addUser('can-bo', 'unit_officer', '02710', 'can-bo@example.vn');
  await addUser('chu-tich', 'unit_head', '02710', 'Chu-Tich@example.vn'.toLowerCase());
  await addUser('can-bo-2', 'unit_officer', '02710', null);
  await addUser('xa-02713', 'unit_officer', '02713', 'xa-02713@example.vn');
  await addUser('minh-hoa', 'unit_head', '02713', 'minh-hoa@demo.invalid');
  await addUser('xa-02719', 'unit_officer', '02719', 'xa-02719@example.vn');
  await addUser('hoi-dong', 'council_member', '10.STTTT', 'hoi-dong@example.vn');
  await services.periods.createPeriod(system, { year: 2025, frameworkId: 'LC-3019-2023' });
  await services.periods.transition(system, 2025, 'open');
  const period = await store.repos.periods.findPeriodByYear(2025);
  const framework = (await store.repos.frameworks.findFramework('LC-3019-2023'))?.content as Framework;
  subCode = framework.sets.find((s) => s.id === 'XA')?.indices[0]?.subIndices[0]?.code ?? '';
  if (!period || !subCode) throw new Error('set-up failed');
  await store.repos.assessments.insertItems([
    { periodId: period.id, unitId: unitIds['02713'] ?? 0, subCode, values: {}, updatedByName: 'xa-02713' },
  ]);
  await store.repos.assessments.insertSubmissions([
    {
      periodId: period.id,
      unitId: unitIds['02719'] ?? 0,
      submittedAt: clock.now,
      submittedByName: 'xa-02719',
      late: false,
      itemCount: 1,
    },
  ]);
}, 120_000);
afterAll(async () => {
  await smtp?.close();
  await database?.close();
});

describe('notification job', () => {
  it('sends nothing before the first reminder is due', async () => {
    const report = await services.notifyJob.run({ now: new Date('2025-12-07T23:59:00+07:00') });
    expect(report.reminders).toMatchObject({ years: [2025], reminders: 0, escalations: 0 });
    expect(report.delivery).toMatchObject({ enabled: true, sent: 0, failed: 0 });
  });

  it('reminds at 7 days, escalates to the head of a unit that has not started, e-mails in Vietnamese', async () => {
    clock.now = new Date('2025-12-08T00:00:00+07:00');
    const report = await services.notifyJob.run();
    expect(report.reminders.reminders).toBe(5);
    expect(report.reminders.escalations).toBe(1);
    expect(report.reminders.units.map((u) => [u.code, u.stage, u.itemsFilled, u.escalations])).toEqual([
      ['02710', 7, 0, 1],
      ['02713', 7, 1, 0],
    ]);
    const without = report.reminders.unitsWithoutAccounts.map((u) => u.code);
    expect(without.length).toBeGreaterThan(100);
    expect(without).not.toContain('02719');
    expect(report.delivery).toMatchObject({ sent: 4, failed: 0 });
    expect(recipients()).toEqual([
      'can-bo@example.vn',
      'chu-tich@example.vn',
      'chu-tich@example.vn',
      'xa-02713@example.vn',
    ]);
    expect(smtp.received.every((m) => m.from === 'dti@example.vn')).toBe(true);
    expect(subjects().filter((s) => s.startsWith('[DTI Lào Cai] Nhắc hạn: còn 7 ngày'))).toHaveLength(3);
    expect(subjects()).toContain(
      '[DTI Lào Cai] Cần thủ trưởng chỉ đạo: Xã Bản Vược chưa nộp tự đánh giá DTI năm 2025',
    );
    const escalation = smtp.received.find((m) => m.subject.includes('Cần thủ trưởng'));
    expect(escalation?.text).toContain('chưa bắt đầu nhập liệu');
    expect(escalation?.text).toContain('Kính gửi Người dùng chu-tich,');
    expect(escalation?.text).toContain('hạn chót 15/12/2025 00:00 (giờ Việt Nam)');
    expect(escalation?.text).toContain('Xem chi tiết: https://dti.example.vn/app/assessment');
    const inApp = await store.repos.notifications.listForUser(users['can-bo-2']?.id ?? 0, 10);
    expect(inApp.map((n) => [n.kind, n.emailedAt])).toEqual([['reminder', null]]);
  });

  it('sends nothing more on a second run', async () => {
    const report = await services.notifyJob.run();
    expect(report.reminders).toMatchObject({ reminders: 0, escalations: 0, units: [] });
    expect(report.delivery).toMatchObject({ sent: 0, failed: 0 });
    expect(smtp.received).toHaveLength(4);
  });

  it('keeps e-mails pending while the server is down and sends them on a later run', async () => {
    await smtp.close();
    clock.now = new Date('2025-12-12T00:00:00+07:00');
    const down = await services.notifyJob.run();
    expect(down.reminders).toMatchObject({ reminders: 5, escalations: 0 });
    expect(down.delivery).toMatchObject({ sent: 0, failed: 1 });
    expect(down.delivery.errors[0]).toMatch(/^Không gửi được thư tới .* qua smtp:\/\/127\.0\.0\.1:\d+/);
    const pending = await store.repos.notifications.listForUser(users['can-bo']?.id ?? 0, 10);
    expect(pending.map((n) => [n.kind, n.emailedAt === null])).toEqual([
      ['reminder', true],
      ['reminder', false],
    ]);
    const received = smtp.received;
    smtp = await startTestSmtpServer(smtp.port);
    clock.now = new Date('2025-12-12T01:00:00+07:00');
    const up = await services.notifyJob.run();
    expect(up.reminders.reminders).toBe(0);
    expect(up.delivery).toMatchObject({ sent: 3, failed: 0 });
    expect(recipients()).toEqual(['can-bo@example.vn', 'chu-tich@example.vn', 'xa-02713@example.vn']);
    expect(subjects().every((s) => s.startsWith('[DTI Lào Cai] Nhắc hạn: còn 3 ngày'))).toBe(true);
    expect(received).toHaveLength(4);
    expect((await services.notifyJob.run()).delivery.sent).toBe(0);
  });

  it('escalates again at the last reminder even when items are filled; none after submission', async () => {
    clock.now = new Date('2025-12-14T00:00:00+07:00');
    const report = await services.notifyJob.run();
    expect(report.reminders.units.map((u) => [u.code, u.stage, u.reminders, u.escalations])).toEqual([
      ['02710', 1, 3, 1],
      ['02713', 1, 2, 1],
    ]);
    // minh-hoa, head of 02713, has a reserved .invalid address: in-app only.
    expect(report.delivery.sent).toBe(4);
    const [escalated] = await store.repos.notifications.listForUser(users['minh-hoa']?.id ?? 0, 1);
    expect(escalated).toMatchObject({ kind: 'escalation', emailedAt: null });
    expect(escalated?.body).toContain('mới nhập 1/');
    const after = await services.notifyJob.run({ now: new Date('2025-12-15T00:00:00+07:00') });
    expect(after.reminders).toMatchObject({ reminders: 0, escalations: 0, unitsWithoutAccounts: [] });
  });

  it('tells the assigned council member when the unit answers a request', async () => {
    await services.periods.createPeriod(system, { year: 2024, frameworkId: 'LC-3019-2023' });
    for (const to of ['open', 'closed', 'under_review'] as const)
      await services.periods.transition(system, 2024, to);
    const period = await store.repos.periods.findPeriodByYear(2024);
    const unitId = unitIds['02710'] ?? 0;
    await store.repos.review.insertAssignment({
      periodId: period?.id ?? 0,
      memberId: users['hoi-dong']?.id ?? 0,
      unitId,
    });
    await store.repos.assessments.insertItems([
      {
        periodId: period?.id ?? 0,
        unitId,
        subCode,
        values: {},
        updatedByName: 'can-bo',
        reviewStatus: 'requested',
        reviewMessage: 'Đề nghị bổ sung văn bản',
        answerUntil: new Date(clock.now.getTime() + 5 * 86_400_000),
        reviewedByName: 'hoi-dong',
      },
    ]);
    const officer = users['can-bo'];
    const actor: Actor = {
      kind: 'user',
      userId: officer?.id ?? 0,
      username: 'can-bo',
      role: 'unit_officer',
      unitId,
      unitCode: '02710',
    };
    smtp.received.length = 0;
    await services.review.answerItem(actor, 2024, '02710', subCode, 'Đã bổ sung Quyết định số 12');
    const [note] = await store.repos.notifications.listForUser(users['hoi-dong']?.id ?? 0, 5);
    expect(note).toMatchObject({
      kind: 'council_answer',
      title: `Xã Bản Vược đã trả lời đề nghị bổ sung chỉ số ${subCode}`,
      body: 'Đã bổ sung Quyết định số 12',
      link: '/app/appraisal/2024/02710',
    });
    const report = await services.notifyJob.run();
    expect(report.delivery.sent).toBe(1);
    expect(smtp.received[0]?.to).toEqual(['hoi-dong@example.vn']);
    expect(smtp.received[0]?.text).toContain('https://dti.example.vn/app/appraisal/2024/02710');
  });

  it('tells unit staff once when results are published', async () => {
    await services.periods.createPeriod(system, { year: 2023, frameworkId: 'LC-3019-2023' });
    const period = await store.repos.periods.findPeriodByYear(2023);
    await store.repos.periods.updatePeriod(period?.id ?? 0, {
      state: 'published',
      publishedAt: new Date(clock.now.getTime() - 86_400_000),
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2024-03-01',
    });
    smtp.received.length = 0;
    const report = await services.notifyJob.run();
    expect(report.publications).toEqual([{ year: 2023, notices: 6 }]);
    expect(report.delivery.sent).toBe(4);
    expect(subjects()).toEqual(Array(4).fill('[DTI Lào Cai] Đã công bố kết quả DTI năm 2023'));
    expect(smtp.received[0]?.text).toContain('theo Quyết định số 123/QĐ-UBND ngày 01/03/2024');
    expect((await services.notifyJob.run()).publications).toEqual([{ year: 2023, notices: 0 }]);
  });

  it('never sends a notification twice when two processes deliver at once', async () => {
    const staff = [users['can-bo'], users['chu-tich'], users['xa-02713']].flatMap((u) => (u ? [u] : []));
    for (let i = 0; i < 5; i += 1)
      await services.notifications.notifyUsers(store.repos, staff, {
        kind: 'test',
        title: `Thử ${i}`,
        body: '',
      });
    const sent: MailMessage[] = [];
    const slow: Mailer = {
      enabled: true,
      send: async (message) => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        sent.push(message);
      },
      close: () => undefined,
    };
    const [a, b] = await Promise.all([
      deliverPending(store, slow, clock.now, ''),
      deliverPending(store, slow, clock.now, ''),
    ]);
    expect(a.sent + b.sent).toBe(15);
    expect(new Set(sent.map((m) => `${m.to} ${m.subject}`)).size).toBe(15);
  });
});
