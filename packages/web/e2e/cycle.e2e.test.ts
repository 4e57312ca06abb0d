// The assessment cycle in a real browser: an officer fills in a commune and its head submits; a
// council member adjusts an item with a reason and asks for evidence on another; the officer
// answers; an administrator finalises, approves and publishes; an anonymous visitor sees the ranking.
// Every step saves screenshots (1280 px and 360 px) and checks axe-core and sideways overflow.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, prepareFixture, type Fixture } from './api-fixture';
import {
  launchBrowser,
  openPage,
  overflowsSideways,
  revealPublishedResults,
  screenshot,
  seriousViolations,
  signIn,
} from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;
let fx: Fixture;

beforeAll(async () => {
  fx = await prepareFixture(baseUrl);
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

async function asPhone(
  name: string,
  username: string,
  password: string,
  path: string,
  ready: (p: Page) => Promise<unknown>,
) {
  const phone = await openPage(browser, baseUrl, 360);
  await signIn(phone, username, password);
  await phone.goto(path);
  await ready(phone);
  await checkPage(phone, `${name}-360`);
  await phone.context().close();
}

describe('assessment cycle', () => {
  it('shows the sign-in page and the portal without serious accessibility problems', async () => {
    for (const width of [1280, 360]) {
      const page = await openPage(browser, baseUrl, width);
      await page.goto('/sign-in');
      await page.getByLabel('Tên đăng nhập').waitFor();
      await checkPage(page, `sign-in-${width}`);
      await page.goto('/');
      await page.getByRole('heading', { name: 'Kết quả đã công bố' }).waitFor();
      await revealPublishedResults(page);
      await page.waitForLoadState('networkidle');
      await checkPage(page, `portal-before-${width}`);
      await page.context().close();
    }
  });

  it('lets an officer fill in the commune, with live points and continuous saving, and the head submit', async () => {
    const page = await openPage(browser, baseUrl);
    await signIn(page, fx.officer.username, fx.officer.password);
    await page.goto('/app/assessment');
    await page.getByText('Nội dung tự đánh giá').waitFor();
    const first = page.locator('[data-item="1.1"]');
    await first.getByLabel(/Trưởng ban/).click();
    await page.getByRole('option', { name: 'Bí thư cấp ủy hoặc Chủ tịch UBND' }).click();
    await expect.poll(() => first.textContent()).toContain('Điểm theo số liệu: 15,00/15');
    const meetings = page.locator('[data-item="1.2"]').getByLabel(/Số cuộc họp/);
    await meetings.fill('3');
    const ratio = page.locator('[data-item="1.3"]');
    await ratio.getByLabel(/do người đứng đầu chủ trì/).fill('5');
    await ratio.getByLabel(/Tổng số cuộc họp/).fill('4');
    await ratio.getByText(/Không được lớn hơn/).waitFor();
    await ratio.getByLabel(/Tổng số cuộc họp/).fill('6');
    await expect
      .poll(() => page.getByTestId('save-status').textContent(), { timeout: 15_000 })
      .toMatch(/Đã lưu lúc \d\d:\d\d/);
    await expect.poll(() => page.getByTestId('countdown').textContent()).toMatch(/Còn \d+ ngày/);
    await checkPage(page, 'officer-form-1280');
    await page.context().close();
    await asPhone('officer-form', fx.officer.username, fx.officer.password, '/app/assessment', (p) =>
      p.getByText('Nội dung tự đánh giá').waitFor(),
    );

    const head = await openPage(browser, baseUrl);
    await signIn(head, fx.head.username, fx.head.password);
    await head.goto('/app/assessment');
    await head.getByRole('button', { name: 'Gửi bản tự đánh giá' }).click();
    await head.getByRole('dialog').getByRole('button', { name: 'Gửi', exact: true }).click();
    await head.getByText('Đã gửi bản tự đánh giá').waitFor();
    await expect(
      head
        .locator('[data-item="1.2"]')
        .getByLabel(/Số cuộc họp/)
        .isDisabled(),
    ).resolves.toBe(true);
    await screenshot(head, 'head-submitted-1280');
    await head.context().close();
  });

  it('lets the council adjust an item with a reason and ask for evidence on another', async () => {
    const admin = await apiSignIn(baseUrl, fx.admin.username, fx.admin.password);
    for (const state of ['closed', 'under_review']) {
      await admin.call('POST', `/api/periods/${fx.year}/state`, { state });
    }
    const page = await openPage(browser, baseUrl);
    await signIn(page, fx.admin.username, fx.admin.password);
    await page.goto('/admin/periods');
    await page.getByRole('tab', { name: 'Hội đồng thẩm định' }).click();
    await page.getByRole('combobox', { name: 'Thành viên' }).click();
    await page.getByRole('option', { name: `E2E ${fx.council.username}` }).click();
    await page.getByRole('combobox', { name: 'Đơn vị' }).fill(fx.commune.code);
    await page.getByRole('option').first().click();
    await page.getByRole('button', { name: 'Phân công', exact: true }).click();
    await page.getByRole('cell', { name: `Đơn vị ${fx.commune.code}` }).waitFor();
    await checkPage(page, 'admin-council-1280');
    await page.context().close();

    const council = await openPage(browser, baseUrl);
    await signIn(council, fx.council.username, fx.council.password);
    await council.goto('/app/appraisal');
    await council.getByRole('link', { name: fx.commune.name }).click();
    const item = council.locator('[data-item="1.1"]');
    await item.locator('label', { hasText: 'Điều chỉnh' }).click();
    await item.getByRole('button', { name: 'Lưu điểm điều chỉnh' }).click();
    await item.getByText('Nhập ít nhất 3 ký tự.').waitFor();
    await item.getByLabel(/Điểm Hội đồng/).fill('10');
    await item.getByLabel('Lý do').fill('Quyết định kiện toàn ban hành sau thời điểm đánh giá.');
    await item.getByRole('button', { name: 'Lưu điểm điều chỉnh' }).click();
    await item.getByText('Đã điều chỉnh').waitFor();
    const other = council.locator('[data-item="1.2"]');
    await other.locator('label', { hasText: 'Đề nghị bổ sung' }).click();
    await other.getByLabel('Nội dung đề nghị').fill('Bổ sung thông báo kết luận các cuộc họp.');
    await other.getByRole('button', { name: 'Gửi đề nghị bổ sung' }).click();
    await other.getByText(/Hội đồng đề nghị:/).waitFor();
    await checkPage(council, 'council-review-1280');
    const path = new URL(council.url()).pathname;
    await council.context().close();
    await asPhone('council-review', fx.council.username, fx.council.password, path, (p) =>
      p.locator('[data-item="1.1"]').waitFor(),
    );
  });

  it('lets the officer answer the council', async () => {
    const page = await openPage(browser, baseUrl);
    await signIn(page, fx.officer.username, fx.officer.password);
    await page.goto('/app/assessment');
    await page.getByText(/Hội đồng đề nghị bổ sung/).waitFor();
    const item = page.locator('[data-item="1.2"]');
    await item.getByLabel('Trả lời của đơn vị').fill('Đã bổ sung thông báo kết luận số 12/TB-UBND.');
    await item.getByRole('button', { name: 'Gửi trả lời' }).click();
    await item.getByText(/Đơn vị trả lời:/).waitFor();
    await checkPage(page, 'officer-answer-1280');
    await page.context().close();
  });

  it('lets an administrator finalise, approve and publish, and a visitor see the ranking', async () => {
    const page = await openPage(browser, baseUrl);
    await signIn(page, fx.admin.username, fx.admin.password);
    await page.goto('/admin/periods');
    const card = page.locator(`[data-period="${fx.year}"]`);
    await card.getByRole('button', { name: 'Chốt kết quả' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Chốt kết quả' }).click();
    await card.getByRole('button', { name: /Phê duyệt/ }).click();
    await page.getByRole('textbox', { name: 'Số quyết định' }).fill('999/QĐ-UBND');
    await page.getByRole('textbox', { name: 'Ngày quyết định' }).fill('03/04/2025');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Phê duyệt/ })
      .click();
    await card.getByRole('button', { name: 'Công bố kết quả' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Công bố kết quả' }).click();
    await card.getByText('Đã công bố', { exact: true }).waitFor();
    await checkPage(page, 'admin-periods-1280');
    await page.goto('/app/results');
    await page.getByRole('combobox', { name: 'Bộ chỉ số' }).click();
    await page.getByRole('option', { name: 'Bộ chỉ số DTI cấp xã' }).click();
    await page.getByRole('button', { name: fx.commune.name }).click();
    await page.getByTestId('scorecard').waitFor();
    await checkPage(page, 'results-1280');
    await page.context().close();

    for (const width of [1280, 360]) {
      const visitor = await openPage(browser, baseUrl, width);
      await visitor.goto('/');
      await revealPublishedResults(visitor);
      await visitor.getByRole('combobox', { name: 'Năm' }).click();
      await visitor.getByRole('option', { name: String(fx.year) }).click();
      await visitor.getByRole('combobox', { name: 'Bộ chỉ số' }).click();
      await visitor.getByRole('option', { name: 'Bộ chỉ số DTI cấp xã' }).click();
      await visitor.getByRole('button', { name: fx.commune.name }).click();
      await visitor.getByTestId('scorecard').waitFor();
      await checkPage(visitor, `portal-published-${width}`);
      await visitor.context().close();
    }
  });
});
