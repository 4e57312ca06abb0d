// The objection window in a real browser, on a period of its own (the year after the last one the
// server has, whatever demo data it brings): the council adjusted two items of a commune; the
// administrator opens the window (default deadline); the officer objects to both; approval is
// refused while objections wait; the council upholds one and rejects the other; the administrator
// closes the window and approves; the decision annex (DOCX) lists both with their outcomes.
// Screens are checked with axe-core at 1280 px and 360 px.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, type ApiSession } from './api-fixture';
import { adminPassword } from './global-setup';
import { launchBrowser, openPage, overflowsSideways, screenshot, seriousViolations, signIn } from './browser';

const baseUrl = inject('baseUrl');
const password = 'e2e-Objection-2024';
let browser: Browser;
let admin: ApiSession;
let year: number;
let commune: { id: number; code: string; name: string };

async function ensureUser(username: string, role: string, unitId: number | null): Promise<number> {
  const created = await admin.call<{ id: number }>('POST', '/api/users', {
    username,
    fullName: `E2E ${username}`,
    role,
    unitId,
    password,
  });
  if (created.status === 201 || created.status === 200) return created.body.id;
  const list = await admin.call<{ id: number; username: string }[]>('GET', '/api/users');
  const found = list.body.find((u) => u.username === username);
  if (!found) throw new Error(`cannot create ${username}: ${created.status} ${JSON.stringify(created.body)}`);
  return found.id;
}

async function expectOk(answer: Promise<{ status: number; body: unknown }>, what: string): Promise<void> {
  const { status, body } = await answer;
  if (status >= 300) throw new Error(`${what}: ${status} ${JSON.stringify(body)}`);
}

beforeAll(async () => {
  admin = await apiSignIn(baseUrl, 'admin', adminPassword);
  const periods = await admin.call<{ year: number }[]>('GET', '/api/periods');
  year = Math.max(2023, ...periods.body.map((p) => p.year)) + 1;
  const created = await admin.call<{ deadlines: { setId: string }[] }>('POST', '/api/periods', {
    year,
    frameworkId: 'LC-3019-2023',
  });
  if (created.status !== 201) throw new Error(`create period: ${JSON.stringify(created.body)}`);
  await expectOk(admin.call('POST', `/api/periods/${year}/state`, { state: 'open' }), 'open');
  const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString().replace('Z', '+00:00');
  const deadlines = Object.fromEntries(created.body.deadlines.map((d) => [d.setId, ahead]));
  await expectOk(admin.call('PATCH', `/api/periods/${year}`, { deadlines }), 'deadlines');
  const communes = await admin.call<{ id: number; code: string; name: string }[]>(
    'GET',
    '/api/units?kind=commune',
  );
  commune = communes.body[1] ?? communes.body[0]!;
  await ensureUser('obj.officer', 'unit_officer', commune.id);
  const councilId = await ensureUser('obj.council', 'council_member', null);
  const officer = await apiSignIn(baseUrl, 'obj.officer', password);
  const item = `/api/periods/${year}/units/${commune.code}/items`;
  await expectOk(officer.call('PUT', `${item}/1.2`, { values: { meetings: 6 }, baseVersion: 0 }), 'save 1.2');
  await expectOk(
    officer.call('PUT', `${item}/1.6`, { values: { articles: 12 }, baseVersion: 0 }),
    'save 1.6',
  );
  for (const state of ['closed', 'under_review'])
    await expectOk(admin.call('POST', `/api/periods/${year}/state`, { state }), state);
  await expectOk(
    admin.call('POST', `/api/periods/${year}/review/assignments`, {
      memberId: councilId,
      unitCode: commune.code,
    }),
    'assign',
  );
  const council = await apiSignIn(baseUrl, 'obj.council', password);
  for (const sub of ['1.2', '1.6']) {
    await expectOk(
      council.call('POST', `${item}/${sub}/review`, {
        action: 'adjust',
        points: 0,
        reason: `Hội đồng chưa thấy minh chứng của chỉ số ${sub}`,
      }),
      `adjust ${sub}`,
    );
  }
  await expectOk(admin.call('POST', `/api/periods/${year}/finalize`), 'finalize');
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function checkPage(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  expect(await overflowsSideways(page), `sideways overflow on ${name}`).toBe(false);
}

async function signedInPage(username: string, pass: string, width = 1280): Promise<Page> {
  const page = await openPage(browser, baseUrl, width);
  await signIn(page, username, pass);
  await page.goto('/app/objections');
  await page.getByRole('heading', { name: 'Khiếu nại kết quả thẩm định' }).waitFor();
  return page;
}

const approval = { decisionNumber: '99/QĐ-UBND', decisionDate: '2026-01-05' };

describe('objection window', () => {
  it('lets the administrator open the window with the default deadline', async () => {
    const page = await signedInPage('admin', adminPassword);
    await page.getByText('Quản trị viên chưa mở thời hạn khiếu nại.').waitFor();
    await page.getByRole('button', { name: 'Mở thời hạn khiếu nại' }).click();
    await expect
      .poll(() => page.getByTestId('objection-deadline').textContent(), { timeout: 15_000 })
      .toMatch(/Đang nhận khiếu nại đến \d\d\/\d\d\/\d{4} 00:00 \(giờ Việt Nam\)/);
    await checkPage(page, 'objection-admin-1280');
    await page.context().close();
  });

  it('lets the officer see the adjusted items and object to both', async () => {
    const page = await signedInPage('obj.officer', password);
    for (const sub of ['1.2', '1.6']) {
      const card = page.locator(`[data-objection-item="${sub}"]`);
      await card.getByText(`Lý do của Hội đồng: Hội đồng chưa thấy minh chứng của chỉ số ${sub}`).waitFor();
      await card.getByLabel('Lý do khiếu nại').fill(`Đơn vị đã gửi đủ minh chứng cho chỉ số ${sub}`);
      await card.getByRole('button', { name: 'Gửi khiếu nại' }).click();
      await card.getByText('Chờ trả lời').waitFor();
    }
    await checkPage(page, 'objection-unit-1280');
    await page.context().close();
    const phone = await signedInPage('obj.officer', password, 360);
    await phone.locator('[data-objection-item="1.6"]').getByText('Chờ trả lời').waitFor();
    await checkPage(phone, 'objection-unit-360');
    await phone.context().close();
  });

  it('refuses approval until the council has answered both; an upheld one changes the points', async () => {
    const refused = await admin.call<{ code: string }>('POST', `/api/periods/${year}/approve`, approval);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('OBJECTIONS_OPEN');
    const page = await signedInPage('obj.council', password);
    const first = page.locator(`[data-objection-item="${commune.code}/1.2"]`);
    await first.getByText('Lý do khiếu nại của đơn vị: Đơn vị đã gửi đủ minh chứng cho chỉ số 1.2').waitFor();
    await checkPage(page, 'objection-council-1280');
    await first.getByLabel('Điểm mới').fill('3');
    await first.getByLabel('Lý do trả lời').fill('Biên bản họp hợp lệ');
    await first.getByRole('button', { name: 'Gửi trả lời' }).click();
    await first.getByText('Chấp nhận: 3,00 điểm').waitFor();
    const stillRefused = await admin.call<{ code: string }>('POST', `/api/periods/${year}/approve`, approval);
    expect(stillRefused.body.code).toBe('OBJECTIONS_OPEN');
    const second = page.locator(`[data-objection-item="${commune.code}/1.6"]`);
    await second.getByText('Không chấp nhận', { exact: true }).click();
    await second.getByLabel('Lý do trả lời').fill('Tin bài không thuộc năm đánh giá');
    await second.getByRole('button', { name: 'Gửi trả lời' }).click();
    await second.getByText('Trả lời của Hội đồng: Tin bài không thuộc năm đánh giá').waitFor();
    await page.context().close();
    const phone = await signedInPage('obj.council', password, 360);
    await phone
      .locator(`[data-objection-item="${commune.code}/1.6"]`)
      .getByText('Trả lời của Hội đồng')
      .waitFor();
    await checkPage(phone, 'objection-council-360');
    await phone.context().close();
    const results = await admin.call<
      { units: { code: string; subIndices: Record<string, { points: number }> }[] }[]
    >('GET', `/api/periods/${year}/results?set=XA`);
    const unit = results.body[0]?.units.find((u) => u.code === commune.code);
    expect(unit?.subIndices['1.2']?.points).toBe(3);
    expect(unit?.subIndices['1.6']?.points).toBe(0);
  });

  it('approves once the window is closed, and the annex lists both objections and outcomes', async () => {
    const waiting = await admin.call<{ code: string }>('POST', `/api/periods/${year}/approve`, approval);
    expect(waiting.body.code).toBe('OBJECTIONS_OPEN');
    const page = await signedInPage('admin', adminPassword);
    await page.getByRole('button', { name: 'Đóng sớm' }).click();
    await expect
      .poll(() => page.getByTestId('objection-deadline').textContent(), { timeout: 15_000 })
      .toMatch(/Đã hết thời hạn khiếu nại/);
    await page.context().close();
    await expectOk(admin.call('POST', `/api/periods/${year}/approve`, approval), 'approve');
    const docx = await fetchBytes(`/api/periods/${year}/export?format=docx`);
    const dir = mkdtempSync(join(tmpdir(), 'dti-annex-'));
    try {
      const file = join(dir, 'annex.docx');
      writeFileSync(file, docx);
      const xml = execFileSync('unzip', ['-p', file, 'word/document.xml']).toString('utf8');
      const text = xml
        .replace(/<\/w:p>/g, '\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&amp;/g, '&');
      expect(text).toContain('KHIẾU NẠI CỦA ĐƠN VỊ VÀ KẾT QUẢ GIẢI QUYẾT');
      expect(text).toContain('Đơn vị đã gửi đủ minh chứng cho chỉ số 1.2');
      expect(text).toContain('Chấp nhận (3,00 điểm)');
      expect(text).toContain('Biên bản họp hợp lệ');
      expect(text).toContain('Không chấp nhận');
      expect(text).toContain('Tin bài không thuộc năm đánh giá');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Downloads bytes as the administrator (a fresh API sign-in: ApiSession parses JSON). */
async function fetchBytes(path: string): Promise<Buffer> {
  const signedIn = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: adminPassword }),
  });
  const cookie = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const response = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}
