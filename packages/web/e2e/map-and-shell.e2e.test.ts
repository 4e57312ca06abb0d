// The district boundaries, the notifications bell and the locked sign-in in a real browser: an
// administrator uploads a boundary file (a bad one is refused with every problem listed; a good
// schematic one — NOT real boundaries — draws the results map with ECharts) and goes back to the
// tile map; the bell lists notifications; a locked account is told when to try again. Screenshots
// at 1280 px and 360 px, axe-core and sideways overflow on each.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { schematicBoundaries } from '../src/features/map/boundaries.fixture';
import { apiSignIn } from './api-fixture';
import { launchBrowser, openPage, overflowsSideways, screenshot, seriousViolations, signIn } from './browser';
import { adminPassword } from './global-setup';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function checkPage(page: Page, name: string): Promise<void> {
  // from the top, so the fixed header sits where it belongs in the full-page shot
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  expect(await overflowsSideways(page), `sideways overflow on ${name}`).toBe(false);
}

async function openMapTab(width: number): Promise<Page> {
  const page = await openPage(browser, baseUrl, width);
  await signIn(page, 'admin', adminPassword);
  await page.goto('/admin/periods');
  await page.getByRole('tab', { name: 'Bản đồ' }).click();
  await page.getByTestId('boundary-upload').waitFor();
  return page;
}

async function chooseFile(page: Page, name: string, content: unknown): Promise<void> {
  await page
    .getByTestId('boundary-upload')
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(content)) });
  await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
}

async function showResultsMap(page: Page): Promise<void> {
  await page.goto('/app/results');
  await page.getByRole('combobox', { name: 'Bộ chỉ số' }).click();
  await page.getByRole('option', { name: 'Bộ chỉ số DTI cấp huyện' }).click();
  await page.getByRole('tab', { name: 'Bản đồ các huyện, thị xã, thành phố' }).click();
}

describe('district boundaries', () => {
  it('refuses a bad file with every problem, draws the results map from a good one, and goes back to tiles', async () => {
    const page = await openMapTab(1280);
    await page.getByText(/Chưa có tệp ranh giới/).waitFor();
    await checkPage(page, 'map-boundaries-none-1280');

    const bad = schematicBoundaries();
    const [first, second] = bad.features;
    if (!first || !second) throw new Error('fixture');
    second.properties = { code: 'Thành phố Yên Bái', name: 'Thành phố Yên Bái' };
    (first.geometry as { type: string }).type = 'LineString';
    await chooseFile(page, 'sai.geojson', bad);
    const alert = page.getByRole('alert').filter({ hasText: 'Tệp không được lưu' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Mã lỗi: IMPORT_REJECTED');
    expect(text).toContain('Hình phải là Polygon hoặc MultiPolygon.');
    expect(text).toContain('Vùng thứ 2 không ghi mã hay tên của huyện, thị xã, thành phố nào');
    expect(text).toContain('Thiếu ranh giới của 1 đơn vị cấp huyện: Thành phố Lào Cai (080)');
    await checkPage(page, 'map-boundaries-rejected-1280');

    await chooseFile(page, 'so-do-lao-cai.geojson', schematicBoundaries());
    await page.getByRole('status').filter({ hasText: 'Đã lưu ranh giới của 9 huyện' }).waitFor();
    await page.getByText(/Đang dùng tệp so-do-lao-cai\.geojson \(9 huyện\)/).waitFor();
    await page.getByTestId('boundary-map').locator('svg path').first().waitFor();
    await checkPage(page, 'map-boundaries-saved-1280');

    await showResultsMap(page);
    const map = page.getByTestId('boundary-map');
    await map.locator('svg path').first().waitFor();
    await page.getByText(/Ranh giới các huyện theo tệp so-do-lao-cai\.geojson/).waitFor();
    await checkPage(page, 'results-boundary-map-1280');
    await page.context().close();

    const phone = await openPage(browser, baseUrl, 360);
    await signIn(phone, 'admin', adminPassword);
    await showResultsMap(phone);
    await phone.getByTestId('boundary-map').locator('svg path').first().waitFor();
    await checkPage(phone, 'results-boundary-map-360');
    await phone.goto('/admin/periods');
    await phone.getByRole('tab', { name: 'Bản đồ' }).click();
    await phone.getByTestId('boundary-map').locator('svg path').first().waitFor();
    await checkPage(phone, 'map-boundaries-saved-360');
    await phone.getByRole('button', { name: 'Bỏ tệp ranh giới' }).click();
    await phone.getByRole('dialog').getByRole('button', { name: 'Bỏ tệp ranh giới' }).click();
    await phone.getByText(/Chưa có tệp ranh giới/).waitFor();
    await showResultsMap(phone);
    await phone.getByRole('group', { name: 'Bản đồ các huyện, thị xã, thành phố' }).waitFor();
    await checkPage(phone, 'results-tile-map-360');
    await phone.context().close();
  });
});

describe('shell and sign-in', () => {
  it('shows the unread count on the bell and lists notifications with links', async () => {
    for (const width of [1280, 360]) {
      const page = await openPage(browser, baseUrl, width);
      const reads: string[] = [];
      // the list is served here so the popover always has something to show
      await page.route('**/api/notifications', (route) =>
        route.fulfill({
          contentType: 'application/json',
          body: JSON.stringify([
            {
              id: 900_002,
              kind: 'council_request',
              title: 'Hội đồng đề nghị bổ sung minh chứng chỉ số 1.2',
              body: 'Bổ sung thông báo kết luận các cuộc họp của Ban chỉ đạo chuyển đổi số trong năm.',
              link: '/app/assessment',
              read: false,
              createdAt: new Date().toISOString(),
            },
            {
              id: 900_001,
              kind: 'deadline_reminder',
              title: 'Còn 3 ngày đến hạn nộp bản tự đánh giá',
              body: 'Hạn nộp: 15/12/2024 00:00 (giờ Việt Nam).',
              link: '/app/assessment',
              read: true,
              createdAt: new Date(Date.now() - 86_400_000).toISOString(),
            },
          ]),
        }),
      );
      await page.route('**/api/notifications/*/read', (route) => {
        reads.push(route.request().url());
        return route.fulfill({ status: 204 });
      });
      await signIn(page, 'admin', adminPassword);
      await page.goto('/app');
      await page.getByRole('heading', { name: /Xin chào/ }).waitFor();
      const bell = page.getByRole('button', { name: 'Thông báo: 1 chưa đọc' });
      await bell.waitFor();
      await checkPage(page, `shell-bell-${width}`);
      await bell.click();
      await page.getByRole('link', { name: /Hội đồng đề nghị bổ sung minh chứng chỉ số 1\.2/ }).waitFor();
      await expect.poll(() => reads.length).toBe(1);
      // let the popover's fade-in end before the screenshot and the contrast check
      await expect
        .poll(() =>
          page.getByRole('dialog', { name: 'Thông báo' }).evaluate((el) => getComputedStyle(el).opacity),
        )
        .toBe('1');
      await checkPage(page, `notifications-open-${width}`);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Thông báo', exact: true }).waitFor();
      await page.context().close();
    }
  });

  it('tells a locked account how many minutes to wait', async () => {
    const admin = await apiSignIn(baseUrl, 'admin', adminPassword);
    await admin.call('POST', '/api/users', {
      username: 'e2e.locked',
      fullName: 'E2E khóa',
      role: 'leader',
      unitId: null,
      password: 'e2e-Locked-Passw0rd',
    });
    for (let i = 0; i < 5; i++) {
      await fetch(`${baseUrl}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'e2e.locked', password: 'sai-mat-khau' }),
      });
    }
    const page = await openPage(browser, baseUrl, 360);
    await page.goto('/sign-in');
    await page.getByLabel('Tên đăng nhập').fill('e2e.locked');
    await page.getByLabel('Mật khẩu').fill('e2e-Locked-Passw0rd');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Tạm khóa đăng nhập').waitFor();
    expect(await page.getByTestId('retry-in').textContent()).toMatch(
      /^Vui lòng thử lại sau 1[45] phút \(lúc \d\d:\d\d\)\.$/,
    );
    await checkPage(page, 'sign-in-locked-360');
    await page.context().close();
  });
});
