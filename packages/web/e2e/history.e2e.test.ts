// History across reorganisations in a real browser (issue 12 §3, demo of §5): on the public portal a
// visitor opens Thị trấn Bắc Hà (02839) in a published year; its trend, from the server, shows 2022
// and 2023 derived from its predecessors — Bắc Hà itself and Xã Tà Chải (02872), merged into it on
// 01/11/2024 (real, Nghị quyết 1197/NQ-UBTVQH15) — labelled as derived, and its own figures after.
// Screenshots at 1280 px and 360 px, axe-core and sideways overflow on each.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import {
  launchBrowser,
  openPage,
  overflowsSideways,
  revealPublishedResults,
  screenshot,
  seriousViolations,
} from './browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
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

describe('a merged commune across the years on the portal', () => {
  it('shows Bắc Hà’s earlier years derived from Bắc Hà and Tà Chải, labelled', async () => {
    for (const width of [1280, 360]) {
      const page = await openPage(browser, baseUrl, width);
      await page.goto('/');
      await revealPublishedResults(page);
      await page.getByRole('combobox', { name: 'Năm' }).click();
      await page.getByRole('option', { name: '2024', exact: true }).click();
      await page.getByRole('combobox', { name: 'Bộ chỉ số' }).click();
      await page.getByRole('option', { name: 'Bộ chỉ số DTI cấp xã' }).click();
      await page.getByRole('combobox', { name: 'Nhóm xếp hạng' }).click();
      await page.getByRole('option', { name: 'Huyện Bắc Hà' }).click();
      await page.getByRole('button', { name: 'Thị trấn Bắc Hà' }).click();
      const history = page.getByTestId('unit-history');
      await history.waitFor();
      const rows = history.locator('tbody tr');
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-source')))).toEqual([
        'predecessors',
        'predecessors',
        'own',
      ]);
      await expect(rows.nth(0).textContent()).resolves.toContain('Suy ra từ đơn vị tiền thân');
      await expect(rows.nth(1).textContent()).resolves.toContain('Xã Tà Chải (02872)');
      await expect(page.getByTestId('unit-trend').textContent()).resolves.toContain(
        'không phải kết quả đã công bố của đơn vị',
      );
      await history.scrollIntoViewIfNeeded();
      await checkPage(page, `history-bac-ha-${width}`);
      await page.context().close();
    }
  });
});
