// The reorganisation page in a real browser, on TEST FIXTURES (real 2023 codes, not official
// events): a bad file is refused with every problem (row, column, REORG_* code); the Si Ma Cai
// fixture's dry run shows counts per kind and the lists, stores nothing, and is cancelled; a small
// harmless file (a unit of a kind no framework assesses, so the other flows sharing this server
// are untouched) is checked and then applied on confirmation. Screenshots at 1280 and 360 px,
// axe-core and sideways overflow on each.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn } from './api-fixture';
import { launchBrowser, openPage, overflowsSideways, screenshot, seriousViolations, signIn } from './browser';
import { adminPassword } from './global-setup';

const baseUrl = inject('baseUrl');
let browser: Browser;

const siMaCai = readFileSync(
  new URL(
    '../../server/src/services/registry/reorganisation-fixtures/test-fixture-si-ma-cai-2025.csv',
    import.meta.url,
  ),
  'utf8',
);
const bad = siMaCai.replace('01/07/2025,dieu_chuyen,02809,', '01/07/2025,dieu_chuyen,99999,');
const harmless = [
  'ngay_hieu_luc;su_kien;ma;ten;loai;ma_cap_tren;ma_tien_than;can_cu;ghi_chu',
  '01/01/2026;thanh_lap;E2E.THU;Đơn vị thử nghiệm trình duyệt;e2e_fixture;;;TỆP KIỂM THỬ - không phải văn bản thật;DỮ LIỆU KIỂM THỬ',
].join('\n');

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function checkPage(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
  expect(await overflowsSideways(page), `sideways overflow on ${name}`).toBe(false);
}

async function dryRun(page: Page, name: string, content: string): Promise<void> {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });
  await page.getByRole('button', { name: 'Chạy thử' }).click();
}

async function openReorganisation(width: number): Promise<Page> {
  const page = await openPage(browser, baseUrl, width);
  await signIn(page, 'admin', adminPassword);
  await page.goto('/admin/units');
  await page.getByRole('link', { name: 'Sắp xếp đơn vị' }).click();
  await page.getByRole('heading', { name: 'Sắp xếp đơn vị' }).waitFor();
  return page;
}

describe('reorganisation page', () => {
  it('refuses a bad file with every problem, shows a dry run, applies a file on confirmation', async () => {
    const page = await openReorganisation(1280);
    await checkPage(page, 'reorg-empty-1280');

    await dryRun(page, 'sai.csv', bad);
    const alert = page.getByRole('alert').filter({ hasText: 'Tệp chưa được áp dụng' });
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('IMPORT_REJECTED');
    expect(text).toMatch(/3.*ma.*Thị trấn Si Ma Cai.*REORG_ORPHAN_CHILD/);
    expect(text).toMatch(/16.*ma.*99999.*REORG_UNKNOWN_UNIT/);
    await checkPage(page, 'reorg-rejected-1280');

    await dryRun(page, 'si-ma-cai.csv', siMaCai);
    await page.getByText('Kết quả chạy thử: chưa lưu gì').waitFor();
    await page.getByText('Có hiệu lực từ ngày 01/07/2025.').waitFor();
    const counts = page.getByRole('table', { name: 'Số đơn vị theo loại' });
    expect(await counts.getByRole('row', { name: /Cấp huyện/ }).innerText()).toMatch(
      /Cấp huyện\s+1\s+0\s+0\s+0/,
    );
    expect(await counts.getByRole('row', { name: /Cấp xã/ }).innerText()).toMatch(/Cấp xã\s+2\s+0\s+0\s+8/);
    await page.getByText('Xã Thào Chư Phìn').waitFor();
    await checkPage(page, 'reorg-dry-run-1280');
    await page.getByRole('button', { name: 'Hủy' }).click();
    await page.getByText('Kết quả chạy thử: chưa lưu gì').waitFor({ state: 'detached' });

    const api = await apiSignIn(baseUrl, 'admin', adminPassword);
    const district = await api.call<{ code: string }[]>('GET', '/api/units?kind=district&validOn=2025-07-01');
    expect(district.body.map((d) => d.code)).toContain('084');

    await dryRun(page, 'thu.csv', harmless);
    await page.getByText('Kết quả chạy thử: chưa lưu gì').waitFor();
    expect((await api.call<unknown[]>('GET', '/api/units?kind=e2e_fixture')).body).toEqual([]);
    await page.getByRole('button', { name: 'Xác nhận áp dụng' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã áp dụng sắp xếp đơn vị' }).waitFor();
    await checkPage(page, 'reorg-applied-1280');
    const created = await api.call<{ code: string; validFrom: string }[]>(
      'GET',
      '/api/units?kind=e2e_fixture',
    );
    expect(created.body).toMatchObject([{ code: 'E2E.THU', validFrom: '2026-01-01' }]);
  });

  it('works at 360 px', async () => {
    const page = await openReorganisation(360);
    await dryRun(page, 'si-ma-cai.csv', siMaCai);
    await page.getByText('Kết quả chạy thử: chưa lưu gì').waitFor();
    await checkPage(page, 'reorg-dry-run-360');
  });
});
